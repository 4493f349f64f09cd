-- One patient per case: a fifth without a phone, a few opted out, disputed, deceased or under guardianship
INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
    sms_opt_out, dispute, deceased, guardianship, source_file_id, source_line, updated_on)
SELECT :finess, 'B' || g, 'Nom' || g, 'Prénom', g || ' rue de la Paix',
       lpad(CAST(1 + g % 95 AS TEXT), 2, '0') || '100', 'Ville',
       CASE WHEN g % 5 = 0 THEN NULL ELSE '06' || lpad(CAST(g % 100000000 AS TEXT), 8, '0') END,
       g % 20 = 0, g % 50 = 0, g % 500 = 0, g % 100 = 0, :ledgerFile, 1, :night
FROM generate_series(1, :cases) AS g
