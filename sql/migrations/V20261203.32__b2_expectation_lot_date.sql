-- The B2 lot date as a date (issue 12): the day an insurer part was billed to its payer, which starts the
-- insurer-pending window of the dunning gates. Read with the B2 reader's date order (relance.b2.date-pattern); rows
-- imported before this column keep it empty until their B2 is sent again, and their window counts from the
-- invoice's date meanwhile.
ALTER TABLE b2_expectation
    ADD COLUMN lot_date DATE;
