-- Case file: a payment order withdrawn because its decision was revoked, and the late-payment surcharge (加处罚款,
-- 行政处罚法 Art 72) paid with the fine, which the platform reports apart from it.
ALTER TABLE payment_order ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payment_order ADD COLUMN surcharge_paid NUMERIC(14, 2);
