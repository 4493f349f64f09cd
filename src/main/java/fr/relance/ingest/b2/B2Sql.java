package fr.relance.ingest.b2;

/**
 * Statements of {@link B2Expectations}, over the temporary match table of one attachment.
 */
final class B2Sql {

	/**
	 * Ledger invoices fitting each waiting expectation (number rule of
	 * {@link B2ImportProperties}).
	 */
	static final String MATCH = """
			CREATE TEMP TABLE b2_match ON COMMIT DROP AS
			SELECT e.id AS expectation_id, min(i.id) AS invoice_id, count(*) AS candidates
			FROM b2_expectation e
			JOIN invoice i ON i.finess = e.finess
			    AND ltrim(regexp_replace(upper(btrim(i.invoice_number)), :prefixes, ''), :zeros) = ltrim(e.b2_invoice_number, :zeros)
			WHERE e.finess = :finess AND e.status = 'waiting_for_ledger'
			    AND (CAST(:file AS BIGINT) IS NULL OR e.source_file_id = :file)
			GROUP BY e.id
			""";

	static final String AMBIGUOUS = """
			UPDATE b2_expectation e SET status = 'ambiguous' FROM b2_match m
			WHERE m.expectation_id = e.id AND m.candidates > 1
			RETURNING e.id AS expectation_id, e.source_line AS b2_source_line, e.b2_invoice_number, m.candidates,
			    e.expected_total
			""";

	/** Payer shares that differ (a payer without ledger part counts as 0 there). */
	static final String MISMATCHES = """
			SELECT e.id AS expectation_id, e.source_file_id AS b2_source_file_id, e.source_line AS b2_source_line,
			    e.b2_invoice_number, i.invoice_number AS ledger_invoice_number, i.source_line AS ledger_source_line,
			    p.payer, p.b2_amount, coalesce(ip.amount_due, 0) AS ledger_amount
			FROM b2_match m
			JOIN b2_expectation e ON e.id = m.expectation_id
			JOIN invoice i ON i.id = m.invoice_id
			CROSS JOIN LATERAL (VALUES ('AMO', e.expected_amo), ('AMC', e.expected_amc), ('PATIENT', e.expected_patient))
			    AS p (payer, b2_amount)
			LEFT JOIN invoice_part ip ON ip.invoice_id = i.id AND ip.payer = p.payer
			WHERE m.candidates = 1 AND p.b2_amount <> coalesce(ip.amount_due, 0)
			ORDER BY e.source_line, p.payer
			""";

	static final String LINK = """
			UPDATE b2_expectation e SET invoice_id = m.invoice_id, status = 'applied' FROM b2_match m
			WHERE m.expectation_id = e.id AND m.candidates = 1
			""";

	/**
	 * The B2 amount of each payer onto the parts the ledger has; amount_due untouched.
	 */
	static final String APPLY_TO_PARTS = """
			UPDATE invoice_part ip SET b2_expectation_id = e.id,
			    expected_amount = CASE ip.payer WHEN 'AMO' THEN e.expected_amo WHEN 'AMC' THEN e.expected_amc
			        ELSE e.expected_patient END
			FROM b2_match m JOIN b2_expectation e ON e.id = m.expectation_id
			WHERE m.candidates = 1 AND ip.invoice_id = m.invoice_id
			""";

	private B2Sql() {
	}

}
