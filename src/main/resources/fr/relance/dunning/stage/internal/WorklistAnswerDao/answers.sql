-- The establishment's answers to the worklists on the patient's cases (follow-up file), with the file and line of
-- each and, for a hand-over returned, what the third party recovered: what explain shows after the decisions.
SELECT wa.case_id, wa.kind, wa.answered_on, wa.third_party, wa.amount, f.original_name AS file_name,
       wa.source_line AS file_line
FROM worklist_answer wa
JOIN dunning_case c ON c.id = wa.case_id
JOIN source_file f ON f.id = wa.source_file_id
WHERE c.patient_id = :patient
ORDER BY wa.answered_on, wa.id
