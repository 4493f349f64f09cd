-- A code on each rejected line
INSERT INTO remittance_code (remittance_line_id, code, label)
SELECT id, 'C310', 'BENCH' FROM remittance_line WHERE remittance_id = 900000001 AND return_status = 'R'
