package fr.relance.reconcile.internal;

import java.math.BigDecimal;

/**
 * A patient part's balance as the night's matching goes: the terms of its settled amount
 * as the database had them before the night's payments, plus what the night has allocated
 * to it so far. The rule is the database function {@code settled_amount} (core schema),
 * which the {@code invoice_part_balance} view applies: both must change together.
 */
public final class PartBalance {

	private final long id;

	/** The patient's last name, upper case: the key of the name and amount rule. */
	private final String name;

	private final BigDecimal amountDue;

	private final BigDecimal sourcePaid;

	private final boolean ledgerRecordsBankPayments;

	private final BigDecimal remitted;

	private final BigDecimal adjusted;

	/** Patient payments allocated, earlier nights' and tonight's. */
	private BigDecimal paid;

	public PartBalance(long id, String name, BigDecimal amountDue, BigDecimal sourcePaid,
			boolean ledgerRecordsBankPayments, BigDecimal remitted, BigDecimal paid, BigDecimal adjusted) {
		this.id = id;
		this.name = name;
		this.amountDue = amountDue;
		this.sourcePaid = sourcePaid;
		this.ledgerRecordsBankPayments = ledgerRecordsBankPayments;
		this.remitted = remitted;
		this.paid = paid;
		this.adjusted = adjusted;
	}

	long id() {
		return id;
	}

	String name() {
		return name;
	}

	/**
	 * Due minus settled. A ledger that records bank payments already counts them: the
	 * larger of the two counts, so a payment it shows does not lower the open amount
	 * twice; otherwise our payments come on top of the ledger's.
	 */
	BigDecimal open() {
		BigDecimal settled = ledgerRecordsBankPayments ? sourcePaid.max(remitted.add(paid))
				: sourcePaid.max(remitted).add(paid);
		return amountDue.subtract(settled.add(adjusted));
	}

	void pay(BigDecimal share) {
		paid = paid.add(share);
	}

}
