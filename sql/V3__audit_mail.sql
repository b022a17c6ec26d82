-- The head of the audit trail's hash chain: one row that every new entry locks, so that the entries of concurrent
-- transactions are linked one after the other and never to the same predecessor.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

CREATE TABLE audit_chain_head (
    id         INT       NOT NULL PRIMARY KEY,
    last_hash  CHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_hash)
    VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
