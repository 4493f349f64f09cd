-- A patient receivable per invoice (PieceRef) from the 411 entries: the patient share is what was debited, the
-- paid amount what was credited, all of it once every line of the invoice is lettered. The FEC carries no AMO
-- or AMC part and no address. "LASTNAME Firstname" labels are split at the first word with a lower-case letter.
-- The digest (compared with the invoice's recorded one) hashes what the line says of the invoice and its part.
INSERT INTO ledger_stage (line, invoice_number, patient_id, last_name, first_name, invoice_date, due_date, total,
                          amo_due, amc_due, patient_due, amo_paid, amc_paid, patient_paid, dispute, deceased,
                          guardianship, sms_opt_out, digest)
SELECT l.*, hash_record_extended(ROW(l.patient_id, l.last_name, l.invoice_date, l.total, l.patient_paid), 0)
FROM (SELECT f.first_line AS line, f.piece_ref AS invoice_number, f.aux_account AS patient_id,
             COALESCE(NULLIF(trim(regexp_replace(f.label, '\s+\S*[a-zà-ÿ].*$', '')), ''), f.label, f.aux_account)
                 AS last_name,
             NULLIF(trim(substring(f.label FROM length(trim(regexp_replace(f.label, '\s+\S*[a-zà-ÿ].*$', ''))) + 1)),
                    '') AS first_name,
             f.invoice_date, f.invoice_date + 30 AS due_date, f.debit AS total, 0 AS amo_due, 0 AS amc_due,
             f.debit AS patient_due, 0 AS amo_paid, 0 AS amc_paid,
             CASE WHEN f.all_lettered THEN GREATEST(f.debit, f.credit) ELSE f.credit END AS patient_paid,
             FALSE AS dispute, FALSE AS deceased, FALSE AS guardianship, FALSE AS sms_opt_out
      FROM (SELECT piece_ref,
                   min(line)                                   AS first_line,
                   min(aux_account)                            AS aux_account,
                   min(aux_label)                              AS label,
                   COALESCE(min(piece_date) FILTER (WHERE debit > 0), min(entry_date)) AS invoice_date,
                   sum(debit)                                  AS debit,
                   sum(credit)                                 AS credit,
                   bool_and(lettering IS NOT NULL AND lettering <> '') AS all_lettered
            FROM fec_stage
            GROUP BY piece_ref
            HAVING sum(debit) > 0) f) l
