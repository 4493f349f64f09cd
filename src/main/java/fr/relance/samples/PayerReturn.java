package fr.relance.samples;

import java.math.BigDecimal;

/**
 * A NOEMIE return on one payer part ({@code 198} for AMO, {@code 199} for AMC): the
 * amount claimed (the part's due), the amount paid, the reject code of a rejected part,
 * and whether the establishment already posted this payment in its ledger export
 * ({@code alreadyInLedger}: the same money seen twice, never to be added).
 */
public record PayerReturn(Payer payer, Outcome outcome, BigDecimal claimed, BigDecimal paid, String code,
		boolean alreadyInLedger) {

	/** What the payer decided, and the NOEMIE status written for it. */
	public enum Outcome {

		/** {@code P}, paid in full. */
		PAID('P'),
		/** {@code P}, paid less than claimed: the rest stays owed by the payer. */
		PARTLY_PAID('P'),
		/**
		 * {@code R} with a "transfer" code (A123, D404): the part moves to the patient.
		 */
		TRANSFERRED('R'),
		/**
		 * {@code R} with a "rebill" code (C310, B201): the establishment bills the payer
		 * again.
		 */
		REBILL('R'),
		/** {@code D}: neither paid nor rejected yet. */
		DEFERRED('D');

		private final char status;

		Outcome(char status) {
			this.status = status;
		}

		/** NOEMIE status character. */
		public char status() {
			return this.status;
		}

	}

}
