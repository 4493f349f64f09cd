-- One answer of a kind per case and day: sent again in a later file, it is recorded once (0 rows).
INSERT INTO worklist_answer (case_id, kind, answered_on, third_party, amount, source_file_id, source_line)
VALUES (:caseId, :kind, :on, :thirdParty, :amount, :file, :line)
ON CONFLICT (case_id, kind, answered_on) DO NOTHING
