-- One patient per two invoices, last seen by the ledger in January 2023, one in three seen again in June 2026
INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
    birth_date, source_file_id, source_line, updated_on)
SELECT :finess, 'P' || g, 'NOM' || (g % 5003), 'PRENOM', g || ' rue du Banc', '75015', 'PARIS', '+33612345678',
       DATE '1950-01-01' + g % 20000, :ledgerFile, g,
       CASE WHEN g % 3 = 0 THEN DATE '2026-06-01' ELSE DATE '2023-01-10' END
FROM generate_series(1, :patients) g
