-- Case file: each payment the platform reports (a fine paid at once, or an approved instalment), by its transaction.
-- The order's paid_amount is their sum; the order is settled (paid_at) when the fine is paid in full.
ALTER TABLE payment_order ADD COLUMN instalments INTEGER;

CREATE TABLE payment_transaction (
    transaction_id   VARCHAR(64)    NOT NULL PRIMARY KEY,
    payment_code     VARCHAR(40)    NOT NULL REFERENCES payment_order (payment_code),
    amount           NUMERIC(14, 2) NOT NULL,
    surcharge        NUMERIC(14, 2),
    paid_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX payment_transaction_order_idx ON payment_transaction (payment_code);
