package fr.relance.reconcile.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.jdbi.v3.core.Handle;

import fr.relance.ingest.b2.B2ImportProperties;
import fr.relance.reconcile.RejectCodes;
import fr.relance.reconcile.RejectRule;

/**
 * Payer returns (NOEMIE, mutuelle statements) onto the payer parts of the right invoices,
 * set-based: match by invoice number, allocate what was paid, then apply what the
 * return's status and codes ask for (transfer to the patient, re-billing, deferral), and
 * reverse the parts that retentions of undue payments name. Every statement is
 * idempotent: a rerun changes nothing.
 */
public final class PayerReturns {

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
		PayerReturnsDao returns = handle.attach(PayerReturnsDao.class);
		String prefixes = numbers.prefixPattern();
		String zeros = numbers.ignoreLeadingZeros() ? "0" : "";
		// the next steps select what a step just wrote: plan them on its real size, not
		// on stale statistics
		if (returns.match(finess, prefixes, zeros) > 10_000) {
			handle.execute("ANALYZE remittance_line");
		}
		returns.unknown(finess);
		returns.allocate(finess, runDate);
		returns.overpaid(finess);
		returns.rules(finess, runDate, codes(RejectRule.TRANSFER), codes(RejectRule.REBILL), codes(RejectRule.INFO),
				rejectCodes.defaultRule().name().toLowerCase(Locale.ROOT));
		handle.execute("ANALYZE return_decision");
		returns.transfer(runDate);
		returns.status(runDate);
		returns.retentions(finess, runDate, prefixes, zeros);
	}

	private String[] codes(RejectRule rule) {
		return rejectCodes.all()
			.stream()
			.filter(c -> c.rule() == rule)
			.map(c -> c.code().strip().toUpperCase(Locale.ROOT))
			.toArray(String[]::new);
	}

}
