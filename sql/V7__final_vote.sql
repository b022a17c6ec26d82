-- The Expert Council's final meeting: the final vote by secret ballot, its run-offs, and the cycle's voting settings.

ALTER TABLE award_cycle ADD COLUMN vote_mode VARCHAR(20) DEFAULT 'APPROVAL' NOT NULL;
ALTER TABLE award_cycle ADD COLUMN majority_rule VARCHAR(20) DEFAULT 'OF_PRESENT' NOT NULL;

CREATE TABLE final_vote (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT        NOT NULL,
    run_off_of      BIGINT,
    held_on         DATE          NOT NULL,
    place           VARCHAR(200)  NOT NULL,
    vote_mode       VARCHAR(20)   NOT NULL,
    majority_rule   VARCHAR(20)   NOT NULL,
    seats           INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    opened_at       DATETIME(6),
    closed_at       DATETIME(6),
    version         INT           NOT NULL,
    CONSTRAINT fk_final_vote_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_final_vote_run_off FOREIGN KEY (run_off_of) REFERENCES final_vote (id)
);

CREATE TABLE final_vote_petition (
    vote_id        BIGINT  NOT NULL,
    nomination_id  BIGINT  NOT NULL,
    PRIMARY KEY (vote_id, nomination_id),
    CONSTRAINT fk_final_vote_petition_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id),
    CONSTRAINT fk_final_vote_petition_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE TABLE final_vote_presence (
    vote_id    BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    PRIMARY KEY (vote_id, member_id),
    CONSTRAINT fk_final_vote_presence_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id),
    CONSTRAINT fk_final_vote_presence_member FOREIGN KEY (member_id) REFERENCES council_member (id)
);

-- Who has voted, kept apart from the ballots.
CREATE TABLE vote_participation (
    vote_id    BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    PRIMARY KEY (vote_id, member_id),
    CONSTRAINT fk_vote_participation_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id),
    CONSTRAINT fk_vote_participation_member FOREIGN KEY (member_id) REFERENCES council_member (id)
);

-- A ballot of the final vote names no member and carries no time; its id is random.
CREATE TABLE vote_ballot (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    vote_id         BIGINT        NOT NULL,
    ballot_key      CHAR(64)      NOT NULL,
    receipt_hash    CHAR(64)      NOT NULL,
    sealed_receipt  VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_vote_ballot_key UNIQUE (ballot_key),
    CONSTRAINT uq_vote_ballot_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_vote_ballot_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id)
);

CREATE TABLE vote_choice (
    ballot_id      CHAR(36)     NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    choice         VARCHAR(10)  NOT NULL,
    PRIMARY KEY (ballot_id, nomination_id),
    CONSTRAINT fk_vote_choice_ballot FOREIGN KEY (ballot_id) REFERENCES vote_ballot (id),
    CONSTRAINT fk_vote_choice_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
