-- Accounts: one-time password reset links, the second factor (TOTP, RFC 6238) and each account's security events.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

-- The second factor of the roles that need one: the shared secret (Base32) and the last time step whose code was
-- accepted, so that no code is accepted twice.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;

-- A reset link keeps only the SHA-256 (hex) of its random token.
CREATE TABLE password_reset (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    version     INT          NOT NULL,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- What happened to an account's password and second factor, shown to its holder; the audit log records the same.
CREATE TABLE account_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_account_event_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_event_account ON account_event (account_id, occurred_at);
