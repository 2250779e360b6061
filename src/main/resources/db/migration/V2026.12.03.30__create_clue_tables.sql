-- Intake: clues, the reports linked to them, their evidence, the yearly clue-number counter and idempotency keys.
CREATE TABLE clue (
    clue_no              VARCHAR(32)    NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    source               VARCHAR(32)    NOT NULL,
    line_area            VARCHAR(64),
    item_code            VARCHAR(64),
    area_code            VARCHAR(32)    NOT NULL,
    territorial          BOOLEAN,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    location             VARCHAR(200)   NOT NULL,
    description          VARCHAR(2000)  NOT NULL,
    source_unit          VARCHAR(64),
    source_reference     VARCHAR(100),
    device_id            VARCHAR(64),
    captured_record_id   VARCHAR(100),
    evidence_reviewed    BOOLEAN        NOT NULL,
    complainant_name     VARCHAR(100),
    complainant_phone    VARCHAR(32),
    reply_owed           BOOLEAN        NOT NULL,
    registered_by        VARCHAR(64)    NOT NULL,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    state                VARCHAR(32)    NOT NULL,
    handling_body        VARCHAR(32),
    squad                VARCHAR(64),
    routing_rules        VARCHAR(500),
    catalogue_version    INTEGER,
    outcome_reason       VARCHAR(32),
    education_record     VARCHAR(2000),
    procedure_kind       VARCHAR(16),
    transfer_letter_no   VARCHAR(40),
    transfer_feedback    VARCHAR(2000),
    process_instance_id  VARCHAR(64)
);

CREATE INDEX clue_duplicate_idx ON clue (area_code, state, occurred_at);

CREATE TABLE clue_report (
    clue_no      VARCHAR(32)   NOT NULL REFERENCES clue (clue_no),
    position     INTEGER       NOT NULL,
    source       VARCHAR(32)   NOT NULL,
    reported_by  VARCHAR(64)   NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (clue_no, position)
);

CREATE TABLE clue_evidence (
    clue_no       VARCHAR(32)  NOT NULL REFERENCES clue (clue_no),
    position      INTEGER      NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (clue_no, position)
);

-- One row per year; the row lock taken by the increment keeps numbers gap-free across concurrent registrations.
CREATE TABLE clue_number_counter (
    counter_year  INTEGER NOT NULL PRIMARY KEY,
    last_no       INTEGER NOT NULL
);

CREATE TABLE clue_idempotency_key (
    user_id       VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    clue_no       VARCHAR(32)  NOT NULL,
    linked        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
