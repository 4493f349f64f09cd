package fr.relance.reconcile.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.Update;

import fr.relance.ingest.b2.B2ImportProperties;
import fr.relance.reconcile.RejectCodes;
import fr.relance.reconcile.RejectRule;

/**
 * Payer returns (NOEMIE, mutuelle statements) onto the payer parts of the right invoices, set-based: match by
 * invoice number, allocate what was paid, then apply what the return's status and codes ask for (transfer to the
 * patient, re-billing, deferral), and reverse the parts that retentions of undue payments name. Every statement is
 * idempotent: a rerun changes nothing.
 */
public final class PayerReturns {

	private static final List<String> STEPS = List.of("returns_match.sql", "returns_unknown.sql", "returns_allocate.sql",
			"returns_overpaid.sql", "returns_rules.sql", "returns_transfer.sql", "returns_status.sql", "returns_retentions.sql");

	private final RejectCodes rejectCodes;

	private final B2ImportProperties numbers;

	public PayerReturns(RejectCodes rejectCodes, B2ImportProperties numbers) {
		this.rejectCodes = rejectCodes;
		this.numbers = numbers;
	}

	public void reconcile(Handle handle, String finess, LocalDate runDate) {
		handle.execute("DROP TABLE IF EXISTS pg_temp.return_decision");
		handle.execute("""
				CREATE TEMP TABLE return_decision (line_id BIGINT, invoice_part_id BIGINT, invoice_id BIGINT,
				    decided_on DATE, rule TEXT) ON COMMIT DROP""");
		for (String step : STEPS) {
			int rows = run(handle, step, finess, runDate);
			// the next steps select what this one just wrote: plan them on its real size, not on stale statistics
			if (rows > 10_000 && step.equals("returns_match.sql")) {
				handle.execute("ANALYZE remittance_line");
			}
			if (step.equals("returns_rules.sql")) {
				handle.execute("ANALYZE return_decision");
			}
		}
	}

	private int run(Handle handle, String step, String finess, LocalDate runDate) {
		Update update = handle.createUpdate(SqlFiles.load(step));
		return update.configure(SqlStatements.class, c -> c.setUnusedBindingAllowed(true))
				.bind("finess", finess)
				.bind("runDate", runDate)
				.bind("prefixes", numbers.prefixPattern())
				.bind("zeros", numbers.ignoreLeadingZeros() ? "0" : "")
				.bind("transferCodes", codes(RejectRule.TRANSFER))
				.bind("rebillCodes", codes(RejectRule.REBILL))
				.bind("infoCodes", codes(RejectRule.INFO))
				.bind("defaultRule", rejectCodes.defaultRule().name().toLowerCase(Locale.ROOT))
				.execute();
	}

	private String[] codes(RejectRule rule) {
		return rejectCodes.all().stream()
			.filter(c -> c.rule() == rule)
			.map(c -> c.code().strip().toUpperCase(Locale.ROOT))
			.toArray(String[]::new);
	}

}
