-- The latest answer of a kind on the case dated from :since up to :on, as recorded.
SELECT answered_on, third_party, amount FROM worklist_answer
WHERE case_id = :caseId AND kind = :kind AND answered_on >= :since AND answered_on <= :on
ORDER BY answered_on DESC, id DESC LIMIT 1
