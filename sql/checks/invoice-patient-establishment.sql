-- An invoice of one establishment owed by a patient of another: the two establishments' data would meet.
SELECT i.id
FROM invoice i
JOIN patient p ON p.id = i.patient_id
WHERE p.finess <> i.finess
ORDER BY i.id
