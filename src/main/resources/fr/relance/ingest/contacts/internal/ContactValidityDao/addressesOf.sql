-- A patient carries the file and line that last wrote it: the ones this file created or changed tonight. An
-- unchanged patient is not checked again, so a mismatch is reported once, with the line that brought it.
SELECT source_line, postcode, city
FROM patient
WHERE finess = :finess AND source_file_id = :file AND COALESCE(country, 'FR') = 'FR'
  AND postcode ~ '^[0-9]{5}$' AND city IS NOT NULL
ORDER BY source_line
