-- A creditor reference whose check digits are wrong (issue 12): kept as the patient wrote it, never matched on
-- (a typo must not point at someone else's case), so that a payment left in suspense says where it went wrong.
ALTER TABLE payment
    ADD COLUMN bad_check_reference TEXT;
