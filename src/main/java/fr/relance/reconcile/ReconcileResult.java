package fr.relance.reconcile;

/**
 * What reconciliation did for one establishment in one night: patient payments by outcome, and payer return lines
 * matched or still unmatched (all nights together: an unmatched line is tried again every night).
 */
public record ReconcileResult(int paymentsMatched, int paymentsInSuspense, int paymentsWithCredit, long returnsMatched,
		long returnsUnmatched) {

	public static final ReconcileResult NONE = new ReconcileResult(0, 0, 0, 0, 0);

	public ReconcileResult plus(ReconcileResult o) {
		return new ReconcileResult(paymentsMatched + o.paymentsMatched, paymentsInSuspense + o.paymentsInSuspense,
				paymentsWithCredit + o.paymentsWithCredit, returnsMatched + o.returnsMatched,
				returnsUnmatched + o.returnsUnmatched);
	}

	public int payments() {
		return paymentsMatched + paymentsInSuspense + paymentsWithCredit;
	}

}
