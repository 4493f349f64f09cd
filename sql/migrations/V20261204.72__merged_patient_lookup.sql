-- Ledger lines still carrying the identifier of a patient merged into another (HL7 A40) are found among the few
-- merged patients without reading the others.
CREATE INDEX patient_merged ON patient (finess, external_id) WHERE merged_into IS NOT NULL;
