-- The resolutions of the Council of Ministers and of the Supreme State Council, with the nominees each approves.

CREATE TABLE resolution (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    body               VARCHAR(30)   NOT NULL,
    number             VARCHAR(30)   NOT NULL,
    adopted_on         DATE          NOT NULL,
    agreed_by_belarus  BOOLEAN       NOT NULL,
    agreed_by_russia   BOOLEAN       NOT NULL,
    document_name      VARCHAR(255)  NOT NULL,
    document_type      VARCHAR(100)  NOT NULL,
    document           LONGBLOB      NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    recorded_by        VARCHAR(60)   NOT NULL,
    version            INT           NOT NULL,
    CONSTRAINT uq_resolution_cycle_body UNIQUE (cycle_id, body),
    CONSTRAINT fk_resolution_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
);

CREATE TABLE resolution_nomination (
    resolution_id  BIGINT  NOT NULL,
    nomination_id  BIGINT  NOT NULL,
    PRIMARY KEY (resolution_id, nomination_id),
    CONSTRAINT fk_resolution_nomination_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_resolution_nomination_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
