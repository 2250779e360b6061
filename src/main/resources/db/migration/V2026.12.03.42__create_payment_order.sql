-- Case file: payment codes issued by the (local) payment platform for decided fines, and the notifications received.
CREATE TABLE payment_order (
    payment_code     VARCHAR(40)    NOT NULL PRIMARY KEY,
    case_no          VARCHAR(40)    NOT NULL REFERENCES case_record (case_no),
    decision_no      VARCHAR(40)    NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    transaction_id   VARCHAR(64),
    paid_amount      NUMERIC(14, 2),
    paid_at          TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX payment_order_decision_idx ON payment_order (decision_no);
