package fr.relance.reconcile;

/**
 * What reconciliation did for one establishment in one night: patient payments matched
 * tonight by outcome, and the rows of the establishment's standing reports as written
 * tonight (an unmatched line stays listed, and is tried again, every night until
 * something takes it).
 *
 * @param returnsMatched payer return lines matched, all nights together
 * @param returnsUnmatched rows of {@code retours-non-rapproches.csv}: payer lines
 * (returns, retentions) unmatched or inconsistent
 * @param rebilling rows of {@code a-refacturer.csv}: payer parts rejected, to re-bill
 * @param suspenseListed rows of {@code paiements-en-attente.csv}: patient payments in
 * suspense
 * @param creditsListed rows of {@code trop-percus.csv}: over-payments credited to
 * patients
 * @param postedBack rows of tonight's {@code paiements-a-saisir.csv}: money received
 * handed to the establishment
 */
public record ReconcileResult(int paymentsMatched, int paymentsInSuspense, int paymentsWithCredit, long returnsMatched,
		long returnsUnmatched, long rebilling, long suspenseListed, long creditsListed, long postedBack) {

	public int payments() {
		return paymentsMatched + paymentsInSuspense + paymentsWithCredit;
	}

}
