-- Last, the patient rows: everything that tells who they were and how to reach them goes (name, address, phones,
-- e-mail, birth date, the ledger's flags, the provenance of each contact field, what the ledger said of them). The
-- identifier (IPP) is replaced by one that names no one, so the same IPP in a later ledger is a new patient. The row
-- stays, marked purged, for the invoices, cases and KPI history that point to it.
UPDATE patient
SET external_id = 'purged-' || id, last_name = '', first_name = NULL, address_line1 = NULL, address_line2 = NULL,
    postcode = NULL, city = NULL, country = 'FR', phone = NULL, mobile = NULL, email = NULL, birth_date = NULL,
    deceased = FALSE, guardianship = FALSE, sms_opt_out = FALSE, dispute = FALSE, ledger_digest = NULL,
    address_source = NULL, address_as_of = NULL, phone_source = NULL, phone_as_of = NULL, mobile_source = NULL,
    mobile_as_of = NULL, email_source = NULL, email_as_of = NULL, deceased_source = NULL, deceased_as_of = NULL,
    deceased_on = NULL, ledger_said = NULL, purged_on = :night
WHERE id = ANY(:ids) AND purged_on IS NULL
