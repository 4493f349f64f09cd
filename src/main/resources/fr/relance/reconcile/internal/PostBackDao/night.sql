-- The rows handed to the establishment on one night, as its billing system posts them: the invoice and payer part,
-- the day the money came, the amount (negative for a reversal), where it came from and its reference there.
-- What a third party recovered on a case handed over is a payment named by the follow-up line that reported it
-- (retour_recouvrement): its organisation is the third party the case was handed to.
SELECT pb.allocation_id, i.invoice_number, p.payer, a.kind,
       CASE WHEN back.id IS NOT NULL THEN 'third_party' ELSE pay.channel END AS channel,
       COALESCE(rl.organisation, r.organisation, pay.payer_name, back.third_party) AS organisation,
       a.allocated_on, a.amount,
       COALESCE(pay.reference, pay.external_key, r.transfer_reference) AS reference,
       f.original_name AS file_name, COALESCE(pay.source_line, rl.source_line, a.source_line) AS file_line
FROM post_back pb
JOIN allocation a ON a.id = pb.allocation_id
JOIN invoice_part p ON p.id = a.invoice_part_id
JOIN invoice i ON i.id = p.invoice_id
LEFT JOIN payment pay ON pay.id = a.payment_id
LEFT JOIN remittance_line rl ON rl.id = a.remittance_line_id
LEFT JOIN remittance r ON r.id = rl.remittance_id
LEFT JOIN LATERAL (
    SELECT wa.id,
           (SELECT h.third_party FROM worklist_answer h
            WHERE h.case_id = wa.case_id AND h.kind = 'handed_over' AND h.answered_on <= wa.answered_on
            ORDER BY h.answered_on DESC, h.id DESC LIMIT 1) AS third_party
    FROM worklist_answer wa
    WHERE a.payment_id IS NULL AND a.remittance_line_id IS NULL AND wa.kind = 'handover_returned'
      AND wa.source_file_id = a.source_file_id AND wa.source_line = a.source_line
) back ON TRUE
LEFT JOIN source_file f ON f.id = COALESCE(pay.source_file_id, rl.source_file_id, a.source_file_id)
WHERE pb.finess = :finess AND pb.run_date = :runDate
ORDER BY a.allocated_on, i.invoice_number, pb.allocation_id
