-- Case file: gap-free yearly counters of filing numbers (立案) and decision numbers (处罚决定书文号).
-- The row lock taken by the increment keeps numbers gap-free across concurrent transactions.
CREATE TABLE case_number_counter (
    number_kind   VARCHAR(16) NOT NULL,
    counter_year  INTEGER     NOT NULL,
    last_no       INTEGER     NOT NULL,
    PRIMARY KEY (number_kind, counter_year)
);
