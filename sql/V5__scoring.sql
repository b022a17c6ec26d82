-- The Expert Council's anonymous scoring: the council of a cycle, scoring rounds with their criteria and petitions,
-- declared conflicts, participation, the ballots (which name no member, carry no time and have random ids), the
-- members' sealed secrets, the list of candidates and the public's comments on it.

CREATE TABLE council_member (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id         BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    co_chair         BOOLEAN     NOT NULL,
    country          CHAR(2)     NOT NULL,
    organisation_id  BIGINT,
    version          INT         NOT NULL,
    CONSTRAINT uq_council_member UNIQUE (cycle_id, account_id),
    CONSTRAINT fk_council_member_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_council_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_council_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE scoring_round (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id      BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    opens_at      DATETIME(6)   NOT NULL,
    closes_at     DATETIME(6)   NOT NULL,
    scale_min     INT           NOT NULL,
    scale_max     INT           NOT NULL,
    ranking_rule  VARCHAR(20)   NOT NULL,
    version       INT           NOT NULL,
    CONSTRAINT fk_scoring_round_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
);

CREATE TABLE round_criterion (
    round_id   BIGINT       NOT NULL,
    criterion  VARCHAR(30)  NOT NULL,
    weight     INT          NOT NULL,
    PRIMARY KEY (round_id, criterion),
    CONSTRAINT fk_round_criterion_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
);

CREATE TABLE round_petition (
    round_id       BIGINT  NOT NULL,
    nomination_id  BIGINT  NOT NULL,
    PRIMARY KEY (round_id, nomination_id),
    CONSTRAINT fk_round_petition_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_round_petition_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE TABLE declared_conflict (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT         NOT NULL,
    member_id      BIGINT         NOT NULL,
    nomination_id  BIGINT         NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    CONSTRAINT uq_declared_conflict UNIQUE (round_id, member_id, nomination_id),
    CONSTRAINT fk_declared_conflict_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_declared_conflict_member FOREIGN KEY (member_id) REFERENCES council_member (id),
    CONSTRAINT fk_declared_conflict_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

-- Who has scored what, kept apart from the ballots: for progress and for one ballot per member and petition.
CREATE TABLE participation (
    round_id       BIGINT  NOT NULL,
    member_id      BIGINT  NOT NULL,
    nomination_id  BIGINT  NOT NULL,
    PRIMARY KEY (round_id, member_id, nomination_id),
    CONSTRAINT fk_participation_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_participation_member FOREIGN KEY (member_id) REFERENCES council_member (id),
    CONSTRAINT fk_participation_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

-- A ballot names no member and carries no time; its id is random. Only the member's secret finds it again.
CREATE TABLE ballot (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    nomination_id   BIGINT       NOT NULL,
    ballot_key      CHAR(64)     NOT NULL,
    pseudonym       CHAR(64)     NOT NULL,
    submitted       BOOLEAN      NOT NULL,
    receipt_hash    CHAR(64),
    sealed_receipt  VARCHAR(200),
    sealed_note     TEXT,
    CONSTRAINT uq_ballot_key UNIQUE (ballot_key),
    CONSTRAINT uq_ballot_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_ballot_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_ballot_round ON ballot (round_id, submitted);

CREATE TABLE ballot_score (
    ballot_id  CHAR(36)     NOT NULL,
    criterion  VARCHAR(30)  NOT NULL,
    score      INT          NOT NULL,
    PRIMARY KEY (ballot_id, criterion),
    CONSTRAINT fk_ballot_score_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id)
);

-- A member's secret, sealed under a key derived from their password; the database never holds it in the clear.
CREATE TABLE member_key (
    account_id     BIGINT        NOT NULL PRIMARY KEY,
    salt           VARCHAR(64)   NOT NULL,
    sealed_secret  VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_member_key_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE candidate_list (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    proposed_at   DATETIME(6)  NOT NULL,
    published_at  DATETIME(6),
    version       INT          NOT NULL,
    CONSTRAINT uq_candidate_list_round UNIQUE (round_id),
    CONSTRAINT fk_candidate_list_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
);

CREATE TABLE candidate (
    list_id        BIGINT  NOT NULL,
    position       INT     NOT NULL,
    nomination_id  BIGINT  NOT NULL,
    PRIMARY KEY (list_id, position),
    CONSTRAINT fk_candidate_list FOREIGN KEY (list_id) REFERENCES candidate_list (id),
    CONSTRAINT fk_candidate_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE TABLE candidate_confirmation (
    list_id     BIGINT   NOT NULL,
    country     CHAR(2)  NOT NULL,
    account_id  BIGINT   NOT NULL,
    PRIMARY KEY (list_id, country),
    CONSTRAINT fk_candidate_confirmation_list FOREIGN KEY (list_id) REFERENCES candidate_list (id),
    CONSTRAINT fk_candidate_confirmation_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE public_comment (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id  BIGINT         NOT NULL,
    author_name    VARCHAR(200)   NOT NULL,
    body           VARCHAR(4000)  NOT NULL,
    address_hash   CHAR(64)       NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    posted_at      DATETIME(6)    NOT NULL,
    moderated_at   DATETIME(6),
    version        INT            NOT NULL,
    CONSTRAINT fk_public_comment_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_public_comment_status ON public_comment (status, nomination_id);
CREATE INDEX ix_public_comment_address ON public_comment (address_hash, posted_at);
