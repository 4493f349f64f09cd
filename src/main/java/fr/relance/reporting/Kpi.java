package fr.relance.reporting;

import java.util.Arrays;
import java.util.List;

/**
 * The figures recorded each night in {@code kpi_daily}. A flow counts what happened that
 * night and is summed over a period; a stock is the state that night and a period shows
 * its last night's value. Definitions: docs/reporting.md.
 */
public enum Kpi {

	/** Balance of the cases whose first action was planned that night. */
	PLACED(Kind.FLOW),
	/** Money recovered, per payer. */
	RECOVERED(Kind.FLOW),
	/**
	 * Patient money recovered, per channel of the last action emitted in the 30 days
	 * before the payment.
	 */
	RECOVERED_BY_CHANNEL(Kind.FLOW),
	/** Cost of the actions emitted that night, per channel. */
	ACTION_COST(Kind.FLOW),
	/**
	 * Steps not taken because the value rule found them not worth their cost, and that
	 * cost.
	 */
	AVOIDED_BY_VALUE(Kind.FLOW),
	/**
	 * Planned actions suppressed that night (payment, insurer pending, ...), per holding
	 * reason, and their cost.
	 */
	AVOIDED_BY_SUPPRESSION(Kind.FLOW),
	/** Write-offs proposed that night, and the balances concerned. */
	WRITE_OFF_PROPOSED(Kind.FLOW),
	/** Write-offs approved (write-off allocations recorded), per payer. */
	WRITE_OFF_APPROVED(Kind.FLOW),
	/** Invoice return lines of the payer files received that night, per payer. */
	PAYER_RETURNS(Kind.FLOW),
	/** Those rejected. */
	PAYER_REJECTS(Kind.FLOW),
	/** Reject codes of the rejected lines, per payer and code. */
	REJECT_CODES(Kind.FLOW),
	/** Open balance, per payer. */
	OPEN_BALANCE(Kind.STOCK),
	/** Open balance per payer and age bucket. */
	AGEING(Kind.STOCK),
	/** Invoices issued in the 90 days up to the night (days sales outstanding). */
	BILLED_90_DAYS(Kind.STOCK),
	/** Patient payments in suspense and over-payments credited, by unallocated amount. */
	SUSPENSE(Kind.STOCK),
	/** Payer return lines unmatched or inconsistent. */
	UNMATCHED_RETURNS(Kind.STOCK),
	/** Calibrated uplift per scenario step and band. */
	UPLIFT(Kind.STOCK);

	/** How a figure adds up over a period. */
	public enum Kind {

		FLOW, STOCK

	}

	private final Kind kind;

	Kpi(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** Names of the stock figures, for the period query. */
	public static List<String> stocks() {
		return Arrays.stream(values()).filter((k) -> k.kind == Kind.STOCK).map(Kpi::name).toList();
	}

}
