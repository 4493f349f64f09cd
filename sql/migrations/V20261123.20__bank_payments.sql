-- Patient payments read from bank statements (camt.053) and payment-page exports (issue 6).
-- A bank re-sends the same booked credit in later statements (intraday, corrected, monthly): the payment is known
-- by a key stable across files, so it is recorded once whatever file brings it again.
ALTER TABLE payment
    ADD COLUMN external_key   TEXT,
    -- where the payment reached the establishment (the statement's account) and how the payer described it
    ADD COLUMN account_iban   TEXT,
    ADD COLUMN remittance_text TEXT,
    ADD COLUMN reference_kind TEXT CHECK (reference_kind IN ('RF', 'INVOICE', 'NONE'));
CREATE UNIQUE INDEX payment_once_per_external_key ON payment (finess, channel, external_key)
    WHERE external_key IS NOT NULL;
CREATE INDEX payment_unmatched ON payment (finess) WHERE match_status IN ('unmatched', 'suspense');
