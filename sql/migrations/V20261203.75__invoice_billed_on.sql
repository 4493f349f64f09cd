-- The date an invoice was billed to its payers, when the establishment's ledger states it (profile field
-- billingDate): the insurer-pending window counts from it when no B2 lot date is known. Null otherwise.
ALTER TABLE invoice ADD COLUMN billed_on DATE;
