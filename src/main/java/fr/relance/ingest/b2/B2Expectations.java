package fr.relance.ingest.b2;

import java.math.BigDecimal;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.springframework.stereotype.Component;

/**
 * Puts what B2 files say each payer should pay onto the ledger's invoice parts
 * ({@code expected_amount}, never {@code amount_due}) and finds where the two disagree.
 * An expectation whose invoice no ledger holds yet waits in {@code b2_expectation}
 * (status {@code waiting_for_ledger}); the ledger importer calls
 * {@link #attachWaiting(String)} after each ledger file so that a later ledger is
 * compared too. Set-based; runs in the caller's transaction. Matching of numbers: see
 * {@link B2ImportProperties}.
 */
@Component
public class B2Expectations {

	private final Jdbi jdbi;

	private final B2ImportProperties properties;

	B2Expectations(Jdbi jdbi, B2ImportProperties properties) {
		this.jdbi = jdbi;
		this.properties = properties;
	}

	/**
	 * Links every waiting expectation of the establishment whose invoice a ledger now
	 * holds.
	 */
	public Attached attachWaiting(String finess) {
		return attach(finess, null);
	}

	/**
	 * Same, limited to the expectations of one B2 file when {@code sourceFileId} is
	 * given.
	 */
	Attached attach(String finess, Long sourceFileId) {
		return jdbi.withHandle(h -> {
			h.execute("DROP TABLE IF EXISTS pg_temp.b2_match");
			h.createUpdate(B2Sql.MATCH)
				.bind("prefixes", properties.prefixPattern())
				.bind("zeros", properties.ignoreLeadingZeros() ? "0" : "")
				.bind("finess", finess)
				.bind("file", sourceFileId)
				.execute();
			List<Ambiguous> ambiguous = h.createQuery(B2Sql.AMBIGUOUS)
				.map(ConstructorMapper.of(Ambiguous.class))
				.list();
			List<B2Mismatch> mismatches = h.createQuery(B2Sql.MISMATCHES)
				.map(ConstructorMapper.of(B2Mismatch.class))
				.list();
			long applied = h.createUpdate(B2Sql.LINK).execute();
			h.createUpdate("UPDATE b2_expectation SET status = 'mismatch' WHERE id = ANY(:ids)")
				.bind("ids", mismatches.stream().mapToLong(B2Mismatch::expectationId).distinct().toArray())
				.execute();
			h.createUpdate(B2Sql.APPLY_TO_PARTS).execute();
			return new Attached(applied, waiting(h, finess, sourceFileId), mismatches, ambiguous);
		});
	}

	private static long waiting(Handle h, String finess, Long sourceFileId) {
		return h.createQuery("""
				SELECT count(*) FROM b2_expectation WHERE finess = :finess AND status = 'waiting_for_ledger'
				    AND (CAST(:file AS BIGINT) IS NULL OR source_file_id = :file)""")
			.bind("finess", finess)
			.bind("file", sourceFileId)
			.mapTo(Long.class)
			.one();
	}

	/**
	 * What an attachment did.
	 *
	 * @param linked expectations now linked to their ledger invoice (mismatching ones
	 * included)
	 * @param waiting expectations still without a ledger invoice
	 */
	public record Attached(long linked, long waiting, List<B2Mismatch> mismatches, List<Ambiguous> ambiguous) {
	}

	/** A B2 number that several ledger invoices fit: not linked, reported. */
	public record Ambiguous(long expectationId, long b2SourceLine, String b2InvoiceNumber, long candidates,
			BigDecimal expectedTotal) {
	}

}
