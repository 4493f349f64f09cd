-- A code on each rejected line of tonight
INSERT INTO remittance_code (remittance_line_id, code)
SELECT id, CASE WHEN id % 3 = 0 THEN 'A12' WHEN id % 3 = 1 THEN 'C310' ELSE 'B201' END
FROM remittance_line WHERE return_status = 'R' AND source_file_id IN
    (SELECT id FROM source_file WHERE finess LIKE '98000%' AND run_date = :night)
