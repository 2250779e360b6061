-- Case file: a decision revoked by a reconsideration organ or a court (行政复议法, 行政诉讼法): when and why. A case still
-- open ends as revoked; an archived case keeps its archive and carries the revocation.
ALTER TABLE case_record ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_record ADD COLUMN revocation_reason VARCHAR(2000);
