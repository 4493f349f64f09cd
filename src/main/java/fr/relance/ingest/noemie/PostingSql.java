package fr.relance.ingest.noemie;

/**
 * The set-based statements of {@link RemittancePosting}, over the staging tables of one
 * file.
 */
final class PostingSql {

	/** A retention's part is its remittance's payer. */
	private static final String PART = "CASE WHEN s.kind = 'R' THEN t.payer ELSE s.payer_part END";

	/**
	 * The return key: establishment, payer organisation, transfer (reference and date),
	 * then the invoice key and part for a return, or the debt and amount for a retention.
	 * Same return, same key, whatever file brings it.
	 */
	static final String RETURN_KEY = "md5(concat_ws('|', t.finess, coalesce(s.organisation, ''), coalesce(t.reference, ''),"
			+ " coalesce(t.payment_date::text, ''), s.kind, coalesce(s.lot_number, ''), coalesce(s.lot_date_raw, ''),"
			+ " coalesce(s.invoice_number, ''), coalesce(" + PART + ", ''), coalesce(s.discriminator, ''),"
			+ " coalesce(s.debt_reference, ''), coalesce(s.debt_date_raw, ''), coalesce(s.debt_nature, ''),"
			+ " coalesce(s.recovery_operation, ''), CASE WHEN s.kind = 'R' THEN s.paid::text ELSE '' END))::uuid";

	private static final String STAGED_LINES = " FROM " + RemittanceStaging.TABLE
			+ " s JOIN remittance_transfer_stage t ON t.seq = s.transfer_seq WHERE s.kind <> 'C'";

	static final String INSERT_LINES = """
			INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, lot_number, lot_date_raw,
			    claimed, paid, return_status, source_file_id, source_line, source_item, organisation, debt_reference,
			    debt_date_raw, debt_nature, recovery_operation, return_key)
			SELECT t.remittance_id, CASE WHEN s.kind = 'R' THEN 'retention' ELSE 'invoice_return' END,
			""" + PART + """
			, s.invoice_number, s.lot_number, s.lot_date_raw, s.claimed, s.paid, s.return_status, ?, s.source_line,
			    s.source_item, s.organisation, s.debt_reference, s.debt_date_raw, s.debt_nature, s.recovery_operation,
			""" + RETURN_KEY + STAGED_LINES;

	static final String INSERT_CODES = """
			INSERT INTO remittance_code (remittance_line_id, code, label, level, part)
			SELECT l.id, c.code, c.label, c.level, c.code_part
			FROM remittance_stage c
			JOIN remittance_line l ON l.source_file_id = ? AND l.source_line = c.source_line
			    AND l.source_item = c.source_item AND l.payer_part IS NOT DISTINCT FROM c.payer_part
			WHERE c.kind = 'C'
			ORDER BY c.source_item
			""";

	/** Lines of the file already posted from another file (first 20, with the total). */
	static final String ALREADY_POSTED = """
			SELECT s.source_line, s.invoice_number, count(*) OVER () AS total,
			    'Déjà comptabilisé depuis le fichier « ' || f.original_name || ' » reçu le ' || f.run_date
			    || ' (part ' || coalesce(l.payer_part, '?') || ', virement ' || coalesce(t.reference, '?') || ').' AS message
			"""
			+ STAGED_LINES.replace(" WHERE ", " JOIN remittance_line l ON l.return_key = " + RETURN_KEY
					+ " JOIN source_file f ON f.id = l.source_file_id WHERE ")
			+ """
					ORDER BY s.source_item LIMIT 20""";

	/** Returns that appear twice in the file itself (first 20). */
	static final String TWICE_IN_FILE = "SELECT min(s.source_line) AS source_line, min(s.invoice_number) AS invoice_number,"
			+ " count(*) OVER () AS total, 'Ce retour figure ' || count(*) || ' fois dans le fichier (part '"
			+ " || coalesce(min(" + PART + "), '?') || ').' AS message" + STAGED_LINES + " GROUP BY " + RETURN_KEY
			+ " HAVING count(*) > 1 ORDER BY 1 LIMIT 20";

	private PostingSql() {
	}

}
