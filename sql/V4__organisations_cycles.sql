-- Award cycles and organisations.
-- The longest art field (LITERARY_STUDIES_AND_ART_HISTORY, 32 characters) does not fit VARCHAR(30): the table of a
-- cycle's art fields is rebuilt with a wider column (no ALTER of a column's type is understood by both H2 in LEGACY
-- mode and MariaDB). The contact of an organisation reads mail in a language of their own.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

CREATE TABLE cycle_art_field_v4 (
    cycle_id   BIGINT      NOT NULL,
    art_field  VARCHAR(40) NOT NULL,
    PRIMARY KEY (cycle_id, art_field)
);
INSERT INTO cycle_art_field_v4 (cycle_id, art_field) SELECT cycle_id, art_field FROM cycle_art_field;
DROP TABLE cycle_art_field;
ALTER TABLE cycle_art_field_v4 RENAME TO cycle_art_field;
ALTER TABLE cycle_art_field ADD CONSTRAINT fk_cycle_art_field_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id);

ALTER TABLE organisation ADD COLUMN contact_language CHAR(2);
