INSERT INTO remittance_code (remittance_line_id, code) VALUES (:line, :code)
