-- The award cycle, nominating organisations and accounts: the base that every later feature builds on.
-- Portable between MySQL/MariaDB (utf8mb4 database) and H2 in LEGACY mode.

CREATE TABLE award_cycle (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(20)  NOT NULL,
    prize_count           INT          NOT NULL,
    call_opens_at         DATETIME(6)  NOT NULL,
    call_closes_at        DATETIME(6)  NOT NULL,
    publicity_cutoff      DATE         NOT NULL,
    max_collective_size   INT          NOT NULL,
    quorum_numerator      INT          NOT NULL,
    quorum_denominator    INT          NOT NULL,
    min_ballots           INT          NOT NULL,
    phase                 VARCHAR(30)  NOT NULL,
    version               INT          NOT NULL,
    CONSTRAINT uq_award_cycle_name UNIQUE (name)
);

CREATE TABLE cycle_milestone (
    cycle_id   BIGINT      NOT NULL,
    milestone  VARCHAR(40) NOT NULL,
    due_on     DATE        NOT NULL,
    PRIMARY KEY (cycle_id, milestone),
    CONSTRAINT fk_cycle_milestone_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
);

CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name_ru    VARCHAR(300) NOT NULL,
    name_be    VARCHAR(300),
    kind       VARCHAR(40)  NOT NULL,
    country    CHAR(2)      NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    version    INT          NOT NULL
);

CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(200),
    country          CHAR(2),
    organisation_id  BIGINT,
    enabled          BOOLEAN      NOT NULL,
    version          INT          NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
