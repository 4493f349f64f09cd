package fr.relance.reconcile;

/** What reconciliation did for one establishment in one night. */
public record ReconcileResult(int paymentsMatched, int paymentsInSuspense, int paymentsWithCredit) {

	public static final ReconcileResult NONE = new ReconcileResult(0, 0, 0);

	public ReconcileResult plus(ReconcileResult o) {
		return new ReconcileResult(paymentsMatched + o.paymentsMatched, paymentsInSuspense + o.paymentsInSuspense,
				paymentsWithCredit + o.paymentsWithCredit);
	}

	public int payments() {
		return paymentsMatched + paymentsInSuspense + paymentsWithCredit;
	}

}
