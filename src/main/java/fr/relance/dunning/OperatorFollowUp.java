package fr.relance.dunning;

import java.time.LocalDate;

/**
 * What the establishment's operators reported on the case that holds it: the patient's
 * latest payment promise, and a dispute an operator opened and has not closed. Distinct
 * from the ledger's dispute flag, which each ledger rewrites.
 *
 * @param promise the latest promise made up to the run date (still running or lapsed
 * recently), null if none
 * @param disputeOpenedOn the day the operator's dispute open on the run date was opened,
 * null if none
 */
public record OperatorFollowUp(PaymentPromise promise, LocalDate disputeOpenedOn) {

	public static final OperatorFollowUp NONE = new OperatorFollowUp(null, null);

}
