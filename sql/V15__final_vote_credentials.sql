-- The final vote by anonymous credentials (RFC 9474 blind RSA signatures), as in the scoring rounds: a key pair per
-- finalist of a vote (and, for "for up to P", one approval key), the record that an account was issued a vote's
-- credentials (never a token), and ballots that carry only their vote, finalist, receipt, choice and, for "for up to
-- P", the receipt of the approval credential spent with them. The member secret sealed under the password, the
-- ballot keys and the participation per vote are gone.

-- One RSA key pair (2048 bits) per finalist of a vote; nomination_id 0 is the vote's approval key ("for up to P").
CREATE TABLE vote_key (
    vote_id        BIGINT         NOT NULL,
    nomination_id  BIGINT         NOT NULL,
    public_key     VARCHAR(1000)  NOT NULL,
    private_key    VARCHAR(2500)  NOT NULL,
    PRIMARY KEY (vote_id, nomination_id),
    CONSTRAINT fk_vote_key_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id)
);

-- That an account was issued the credentials of a vote, once: presence is public; never a token nor a finalist.
CREATE TABLE vote_credential_issue (
    vote_id     BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    PRIMARY KEY (vote_id, account_id),
    CONSTRAINT fk_vote_credential_issue_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id),
    CONSTRAINT fk_vote_credential_issue_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A cast ballot on one finalist: vote, finalist, receipt (SHA-256 of the finalist credential's token), choice, and
-- the receipt of the approval credential spent with it; no member, account, time, id or sequence.
CREATE TABLE vote_cast (
    vote_id           BIGINT       NOT NULL,
    nomination_id     BIGINT       NOT NULL,
    receipt_hash      CHAR(64)     NOT NULL,
    choice            VARCHAR(10)  NOT NULL,
    approval_receipt  CHAR(64),
    PRIMARY KEY (vote_id, nomination_id, receipt_hash),
    CONSTRAINT uq_vote_cast_approval UNIQUE (approval_receipt),
    CONSTRAINT fk_vote_cast_vote FOREIGN KEY (vote_id) REFERENCES final_vote (id),
    CONSTRAINT fk_vote_cast_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

-- Ballots cast before this change keep counting: each choice becomes a ballot on its finalist under the receipt of
-- the ballot it was part of (those choices were linked already). A member who voted in a vote is recorded as issued
-- its credentials, so that they cannot vote again with new ones; their earlier ballot can no longer be revised.
INSERT INTO vote_cast (vote_id, nomination_id, receipt_hash, choice)
    SELECT b.vote_id, c.nomination_id, b.receipt_hash, c.choice FROM vote_ballot b JOIN vote_choice c
        ON c.ballot_id = b.id;
INSERT INTO vote_credential_issue (vote_id, account_id)
    SELECT DISTINCT p.vote_id, m.account_id FROM vote_participation p JOIN council_member m ON m.id = p.member_id;
DROP TABLE vote_choice;
DROP TABLE vote_ballot;
DROP TABLE vote_participation;
DROP TABLE member_key;
