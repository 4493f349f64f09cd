-- A mobile number apart from the landline (issue #15): a ledger profile may map a column of mobiles (field mobile),
-- and the HL7 ADT feed sends both. E.164, null when unknown. SMS go only to a mobile; calls to either.
ALTER TABLE patient ADD COLUMN mobile TEXT;
