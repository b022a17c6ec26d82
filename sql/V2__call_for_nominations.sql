-- The call for nominations: art fields of a cycle, organisations' details, petitions with their nominees and
-- materials, the audit trail and the mail outbox.

CREATE TABLE cycle_art_field (
    cycle_id   BIGINT      NOT NULL,
    art_field  VARCHAR(30) NOT NULL,
    PRIMARY KEY (cycle_id, art_field),
    CONSTRAINT fk_cycle_art_field_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
);

ALTER TABLE organisation ADD COLUMN legal_number VARCHAR(30);
ALTER TABLE organisation ADD COLUMN address VARCHAR(500);
ALTER TABLE organisation ADD COLUMN contact_person VARCHAR(200);
ALTER TABLE organisation ADD COLUMN contact_email VARCHAR(200);
ALTER TABLE organisation ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN registered_at DATETIME(6);

ALTER TABLE account ADD COLUMN language CHAR(2);

CREATE TABLE nomination (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id             BIGINT        NOT NULL,
    organisation_id      BIGINT        NOT NULL,
    country              CHAR(2)       NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    registration_number  VARCHAR(30),
    sequence_number      INT,
    submitted_key        VARCHAR(40),
    work_title           VARCHAR(500),
    art_field            VARCHAR(30),
    publicity_form       VARCHAR(30),
    made_public_on       DATE,
    work_description     TEXT,
    reasons              TEXT,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    submitted_at         DATETIME(6),
    decided_at           DATETIME(6),
    decision_reason      VARCHAR(2000),
    version              INT           NOT NULL,
    CONSTRAINT uq_nomination_registration UNIQUE (registration_number),
    CONSTRAINT uq_nomination_submitted UNIQUE (submitted_key),
    CONSTRAINT fk_nomination_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_nomination_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_nomination_cycle_status ON nomination (cycle_id, status);
CREATE INDEX ix_nomination_country ON nomination (country);
CREATE INDEX ix_nomination_art_field ON nomination (art_field);
CREATE INDEX ix_nomination_work_title ON nomination (work_title);

CREATE TABLE nominee (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id    BIGINT        NOT NULL,
    position         INT           NOT NULL,
    full_name_ru     VARCHAR(300)  NOT NULL,
    full_name_be     VARCHAR(300),
    born_on          DATE,
    citizenship      CHAR(2)       NOT NULL,
    post_and_titles  VARCHAR(1000),
    biography        TEXT,
    CONSTRAINT fk_nominee_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_nominee_name ON nominee (full_name_ru);

CREATE TABLE material (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id   BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    file_name       VARCHAR(255),
    content_type    VARCHAR(100),
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64),
    content         LONGBLOB,
    url             VARCHAR(1000),
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_material_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE TABLE audit_entry (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)    NOT NULL,
    actor          VARCHAR(60)    NOT NULL,
    subject        VARCHAR(40)    NOT NULL,
    subject_id     VARCHAR(40)    NOT NULL,
    action         VARCHAR(60)    NOT NULL,
    before_state   VARCHAR(2000),
    after_state    VARCHAR(2000),
    previous_hash  CHAR(64)       NOT NULL,
    hash           CHAR(64)       NOT NULL
);
CREATE INDEX ix_audit_subject ON audit_entry (subject, subject_id);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);

CREATE TABLE outbox_mail (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(200)  NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6),
    attempts    INT           NOT NULL,
    last_error  VARCHAR(500)
);
CREATE INDEX ix_outbox_unsent ON outbox_mail (sent_at);
