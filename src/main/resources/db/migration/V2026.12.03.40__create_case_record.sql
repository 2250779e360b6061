-- Case file: the penalty case record (案件), its parties, handlers and evidence references.
CREATE TABLE case_record (
    case_no                  VARCHAR(40)    NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    clue_no                  VARCHAR(32)    NOT NULL,
    procedure_kind           VARCHAR(16)    NOT NULL,
    procedure_class          VARCHAR(16),
    squad                    VARCHAR(64),
    catalogue_version        INTEGER        NOT NULL,
    item_code                VARCHAR(64),
    line_area                VARCHAR(64),
    state                    VARCHAR(32)    NOT NULL,
    closing_state            VARCHAR(32),
    summary                  VARCHAR(2000),
    facts                    VARCHAR(4000),
    legal_basis              VARCHAR(2000),
    proposed_penalty_kinds   VARCHAR(200),
    proposed_fine            NUMERIC(14, 2),
    decided_penalty_kinds    VARCHAR(200),
    decided_fine             NUMERIC(14, 2),
    decision_no              VARCHAR(40),
    outcome_reason           VARCHAR(2000),
    statement                VARCHAR(4000),
    recheck_conclusion       VARCHAR(2000),
    service_method           VARCHAR(32),
    payment_code             VARCHAR(40),
    opened_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_at                 TIMESTAMP WITH TIME ZONE,
    decision_due_at          TIMESTAMP WITH TIME ZONE,
    extended_at              TIMESTAMP WITH TIME ZONE,
    reported_at              TIMESTAMP WITH TIME ZONE,
    notice_served_at         TIMESTAMP WITH TIME ZONE,
    decided_at               TIMESTAMP WITH TIME ZONE,
    served_at                TIMESTAMP WITH TIME ZONE,
    paid_at                  TIMESTAMP WITH TIME ZONE,
    concluded_at             TIMESTAMP WITH TIME ZONE,
    archived_at              TIMESTAMP WITH TIME ZONE,
    process_instance_id      VARCHAR(64)
);

CREATE UNIQUE INDEX case_record_clue_idx ON case_record (clue_no);
CREATE UNIQUE INDEX case_record_decision_idx ON case_record (decision_no);

CREATE TABLE case_party (
    case_no      VARCHAR(40)   NOT NULL REFERENCES case_record (case_no),
    position     INTEGER       NOT NULL,
    party_type   VARCHAR(32)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    id_number    VARCHAR(18),
    address      VARCHAR(300),
    PRIMARY KEY (case_no, position)
);

CREATE TABLE case_handler (
    case_no      VARCHAR(40)   NOT NULL REFERENCES case_record (case_no),
    position     INTEGER       NOT NULL,
    user_id      VARCHAR(64)   NOT NULL,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_no, position)
);

CREATE TABLE case_evidence (
    case_no      VARCHAR(40)   NOT NULL REFERENCES case_record (case_no),
    position     INTEGER       NOT NULL,
    reference    VARCHAR(300)  NOT NULL,
    PRIMARY KEY (case_no, position)
);
