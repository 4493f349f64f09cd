INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone, birth_date,
    source_file_id, source_line, updated_on)
VALUES (:finess, :externalId, :lastName, :firstName, :street, :postcode, :city, :phone, :birthDate, :file, :line,
    :updatedOn)
RETURNING id
