-- The secret ballot of the scoring rounds by anonymous credentials (RFC 9474 blind RSA signatures): a key pair per
-- petition of a round, the record that a member was issued a round's credentials (never a token), and ballots that
-- carry only their round, petition, receipt (the SHA-256 of the credential's token) and scores. The per-member
-- pseudonym, the ballot keys and sealed notes of the member's password-sealed secret, and the participation per
-- petition are gone; drafts now stay in the member's browser.

-- One RSA key pair (2048 bits) per petition of a round: the public key as X.509 SubjectPublicKeyInfo, the private key
-- as PKCS #8, both in base64. Made when the first credentials of the round are issued.
CREATE TABLE petition_key (
    round_id       BIGINT         NOT NULL,
    nomination_id  BIGINT         NOT NULL,
    public_key     VARCHAR(1000)  NOT NULL,
    private_key    VARCHAR(2500)  NOT NULL,
    PRIMARY KEY (round_id, nomination_id),
    CONSTRAINT fk_petition_key_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_petition_key_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

-- That an account was issued the credentials of a round, once: its eligibility, never a token nor a petition.
CREATE TABLE credential_issue (
    round_id    BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    PRIMARY KEY (round_id, account_id),
    CONSTRAINT fk_credential_issue_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_credential_issue_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A cast ballot: random id, round, petition, receipt and scores; no member, account, time, pseudonym or sequence.
CREATE TABLE cast_ballot (
    id             CHAR(36)  NOT NULL PRIMARY KEY,
    round_id       BIGINT    NOT NULL,
    nomination_id  BIGINT    NOT NULL,
    receipt_hash   CHAR(64)  NOT NULL,
    CONSTRAINT uq_cast_ballot_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_cast_ballot_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_cast_ballot_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_cast_ballot_round ON cast_ballot (round_id, nomination_id);

CREATE TABLE cast_ballot_score (
    ballot_id  CHAR(36)     NOT NULL,
    criterion  VARCHAR(30)  NOT NULL,
    score      INT          NOT NULL,
    PRIMARY KEY (ballot_id, criterion),
    CONSTRAINT fk_cast_ballot_score_ballot FOREIGN KEY (ballot_id) REFERENCES cast_ballot (id)
);

-- Ballots cast before this change keep counting, with their receipts; drafts, keys, pseudonyms and seals are dropped.
INSERT INTO cast_ballot (id, round_id, nomination_id, receipt_hash)
    SELECT id, round_id, nomination_id, receipt_hash FROM ballot WHERE submitted = TRUE AND receipt_hash IS NOT NULL;
INSERT INTO cast_ballot_score (ballot_id, criterion, score)
    SELECT s.ballot_id, s.criterion, s.score FROM ballot_score s JOIN cast_ballot b ON b.id = s.ballot_id;
-- A member who cast before this change is recorded as issued the round's credentials, so that they cannot cast a
-- second ballot on a petition with new ones; their earlier ballots count and can no longer be revised.
INSERT INTO credential_issue (round_id, account_id)
    SELECT DISTINCT p.round_id, m.account_id FROM participation p JOIN council_member m ON m.id = p.member_id;
DROP TABLE ballot_score;
DROP TABLE ballot;
DROP TABLE participation;

-- The normalised mean needed a link between the ballots of one member: rounds ranked by it rank by the trimmed mean.
UPDATE scoring_round SET ranking_rule = 'TRIMMED_MEAN' WHERE ranking_rule = 'NORMALISED_MEAN';
