-- The art field names are up to 32 characters long (LITERARY_STUDIES_AND_ART_HISTORY): widen their columns to 40.
-- Written so that H2 (MODE=LEGACY) and MySQL/MariaDB both run it: neither accepts the other's way of changing a
-- column's type, so the column is copied into a wider one.

CREATE TABLE cycle_art_field_wide (
    cycle_id   BIGINT      NOT NULL,
    art_field  VARCHAR(40) NOT NULL,
    PRIMARY KEY (cycle_id, art_field),
    CONSTRAINT fk_cycle_art_field_wide_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
);
INSERT INTO cycle_art_field_wide (cycle_id, art_field) SELECT cycle_id, art_field FROM cycle_art_field;
DROP TABLE cycle_art_field;
ALTER TABLE cycle_art_field_wide RENAME TO cycle_art_field;

ALTER TABLE nomination ADD COLUMN art_field_wide VARCHAR(40);
UPDATE nomination SET art_field_wide = art_field;
ALTER TABLE nomination DROP COLUMN art_field;
ALTER TABLE nomination RENAME COLUMN art_field_wide TO art_field;
CREATE INDEX ix_nomination_art_field ON nomination (art_field);
