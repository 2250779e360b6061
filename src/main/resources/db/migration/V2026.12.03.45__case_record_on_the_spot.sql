-- Case file, simple procedure (当场处罚, 行政处罚法 Arts 51-52, 68-71): why the fine was collected on the spot, the
-- number of the fiscal receipt handed to the party, when the officers handed the cash to the organ, and when the
-- decision was filed with the organ.
ALTER TABLE case_record ADD COLUMN collection_reason VARCHAR(2000);
ALTER TABLE case_record ADD COLUMN fiscal_receipt_no VARCHAR(40);
ALTER TABLE case_record ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_record ADD COLUMN filed_with_organ_at TIMESTAMP WITH TIME ZONE;
