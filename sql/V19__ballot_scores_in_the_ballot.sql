-- A ballot's scores move into the ballot's own row, a column for each criterion (null where the criterion weighed 0 in
-- the ballot's round): casting writes one row a ballot and a revision changes that row, instead of a row a score
-- deleted and inserted again; the tally reads a third as many rows. Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE cast_ballot ADD COLUMN artistic_merit INT;
ALTER TABLE cast_ballot ADD COLUMN friendship INT;
ALTER TABLE cast_ballot ADD COLUMN significance INT;
UPDATE cast_ballot SET
    artistic_merit = (SELECT s.score FROM cast_ballot_score s
        WHERE s.ballot_id = cast_ballot.id AND s.criterion = 'ARTISTIC_MERIT'),
    friendship = (SELECT s.score FROM cast_ballot_score s
        WHERE s.ballot_id = cast_ballot.id AND s.criterion = 'FRIENDSHIP'),
    significance = (SELECT s.score FROM cast_ballot_score s
        WHERE s.ballot_id = cast_ballot.id AND s.criterion = 'SIGNIFICANCE');
DROP TABLE cast_ballot_score;
