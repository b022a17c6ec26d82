-- The head of the audit trail's hash chain: one row that every new entry locks, so that the entries of concurrent
-- transactions are linked one after the other and never to the same predecessor.
-- Also widens the art field of a cycle: LITERARY_STUDIES_AND_ART_HISTORY (32 characters) does not fit VARCHAR(30), so
-- the demo cycle could not be stored on MariaDB. The table is rebuilt, as no ALTER of a column's type is understood by
-- both H2 in LEGACY mode and MariaDB. Portable between MySQL/MariaDB and H2 in LEGACY mode.

CREATE TABLE audit_chain_head (
    id         INT       NOT NULL PRIMARY KEY,
    last_hash  CHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_hash)
    VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE cycle_art_field_v3 (
    cycle_id   BIGINT      NOT NULL,
    art_field  VARCHAR(40) NOT NULL,
    PRIMARY KEY (cycle_id, art_field)
);
INSERT INTO cycle_art_field_v3 (cycle_id, art_field) SELECT cycle_id, art_field FROM cycle_art_field;
DROP TABLE cycle_art_field;
ALTER TABLE cycle_art_field_v3 RENAME TO cycle_art_field;
ALTER TABLE cycle_art_field ADD CONSTRAINT fk_cycle_art_field_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id);
