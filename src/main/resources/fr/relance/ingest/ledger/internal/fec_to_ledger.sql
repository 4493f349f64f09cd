-- A patient receivable per invoice (PieceRef) from the 411 entries: the patient share is what was debited, the
-- paid amount what was credited, all of it once every line of the invoice is lettered. The FEC carries no AMO
-- or AMC part and no address. "LASTNAME Firstname" labels are split at the first word with a lower-case letter.
INSERT INTO ledger_stage (line, invoice_number, patient_id, last_name, first_name, invoice_date, due_date, total,
                          amo_due, amc_due, patient_due, amo_paid, amc_paid, patient_paid, dispute, deceased,
                          guardianship, sms_opt_out)
SELECT f.first_line, f.piece_ref, f.aux_account,
       COALESCE(NULLIF(trim(regexp_replace(f.label, '\s+\S*[a-zà-ÿ].*$', '')), ''), f.label, f.aux_account),
       NULLIF(trim(substring(f.label FROM length(trim(regexp_replace(f.label, '\s+\S*[a-zà-ÿ].*$', ''))) + 1)), ''),
       f.invoice_date, f.invoice_date + 30, f.debit, 0, 0, f.debit, 0, 0,
       CASE WHEN f.all_lettered THEN GREATEST(f.debit, f.credit) ELSE f.credit END,
       FALSE, FALSE, FALSE, FALSE
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
      HAVING sum(debit) > 0) f
