-- The e-mail address given by an organisation that registers itself is confirmed through a one-time link before
-- anything else is mailed to it; every link requested is kept, so that registrations are limited per e-mail address
-- and per client address. Accounts opened before, or by the secretariat, count as confirmed.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE account ADD COLUMN email_confirmed BOOLEAN DEFAULT TRUE NOT NULL;

-- A confirmation link keeps only the SHA-256 (hex) of its random token.
CREATE TABLE email_confirmation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    email           VARCHAR(200)  NOT NULL,
    requested_from  VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    confirmed_at    DATETIME(6),
    version         INT           NOT NULL,
    CONSTRAINT uq_email_confirmation_token UNIQUE (token_hash),
    CONSTRAINT fk_email_confirmation_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_email_confirmation_email ON email_confirmation (email, created_at);
CREATE INDEX ix_email_confirmation_from ON email_confirmation (requested_from, created_at);
