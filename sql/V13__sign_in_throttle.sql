-- Failed sign-ins counted per account name and per client address, so that every server instance throttles alike:
-- how many failures in a row, the last one, and until when the next attempt is refused unchecked. The key is the
-- SHA-256 (hex) of the subject, so that the database's collation, which takes "ä" for "a", never merges two subjects.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

CREATE TABLE sign_in_failures (
    id               CHAR(64)     NOT NULL PRIMARY KEY,
    subject          VARCHAR(200) NOT NULL,
    failures         INT          NOT NULL,
    last_failure_at  DATETIME(6),
    blocked_until    DATETIME(6)
);
