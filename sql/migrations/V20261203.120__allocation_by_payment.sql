-- What a patient payment has allocated, found by the payment: the lists of payments in suspense and of credits (and
-- the matching's "already allocated") summed every payment's allocations with a scan of the whole allocation table
-- per payment, minutes for a few thousand payments at a million invoices (issue 21). Payer allocations are not indexed.
CREATE INDEX allocation_payment ON allocation (payment_id) WHERE payment_id IS NOT NULL;
