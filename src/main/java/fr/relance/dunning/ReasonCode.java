package fr.relance.dunning;

/** Why a decision came out as it did; stored with the decision, one row per reason. */
public enum ReasonCode {

	// case gates: any of these holds the whole case
	NO_BALANCE(Kind.HOLD), STALE_ESTABLISHMENT_DATA(Kind.HOLD), DECEASED(Kind.HUMAN), UNDER_GUARDIANSHIP(Kind.HUMAN),
	DISPUTE(Kind.HUMAN), TIME_BARRED(Kind.HUMAN), INSURER_PENDING(Kind.HOLD), PAYMENT_PLAN_IN_GOOD_STANDING(Kind.HOLD),
	RECENT_PAYMENT(Kind.HOLD), RECENT_CONTACT(Kind.HOLD),
	// reported by the establishment's operators in the follow-up file
	PAYMENT_PROMISED(Kind.HOLD), OPERATOR_DISPUTE(Kind.HOLD),
	// the first letter came back from the address the debtor still has: nothing may
	// replace it, a person looks
	FIRST_LETTER_RETURNED(Kind.HUMAN),

	// facts worth recording that hold nothing
	PART_TIME_BARRED(Kind.INFO), INSURER_PENDING_BEYOND_WINDOW(Kind.INFO), PAYMENT_PLAN_DEFAULTED(Kind.INFO),
	PAYMENT_PLAN_COMPLETED(Kind.INFO), PROMISE_LAPSED(Kind.INFO),

	// ladder position
	STEP_NOT_DUE(Kind.INFO), LADDER_COMPLETE(Kind.INFO), WRITE_OFF_STEP_REACHED(Kind.INFO),

	// the channel cannot be used for this debtor at all
	NO_POSTAL_ADDRESS(Kind.CHANNEL), NO_VALID_MOBILE(Kind.CHANNEL), SMS_OPT_OUT(Kind.CHANNEL), NO_PHONE(Kind.CHANNEL),
	WRONG_NUMBER(Kind.CHANNEL), ADDRESS_RETURNED(Kind.CHANNEL), NO_EMAIL_ADDRESS(Kind.CHANNEL),

	// the channel cannot be used yet
	SMS_LIMIT_REACHED(Kind.WAIT), CALL_LIMIT_REACHED(Kind.WAIT), CALLS_REFUSED_RECENTLY(Kind.WAIT),
	NO_FIRST_LETTER_REFERENCE(Kind.WAIT),

	// value rule
	BELOW_STEP_MINIMUM(Kind.VALUE), GAIN_BELOW_COST(Kind.VALUE), NO_STEP_WORTH_ITS_COST(Kind.VALUE),
	BELOW_COST_OF_EVERY_ACTION(Kind.VALUE), WAITING_FOR_BUNDLING(Kind.VALUE),

	// what was done
	STEP_TAKEN(Kind.INFO), ALTERNATIVE_STEP_TAKEN(Kind.INFO), STEP_PASSED_OVER(Kind.INFO),
	MISSING_CONTACT_DATA(Kind.HUMAN),

	// a case gate: the establishment owes the patient money (an over-payment not refunded
	// or netted)
	CREDIT_TO_REFUND(Kind.HUMAN),

	// the establishment's answers to its worklists (follow-up file)
	HANDED_OVER(Kind.HOLD), WRITE_OFF_REFUSED(Kind.HUMAN), HANDOVER_RETURNED(Kind.INFO), REVIEW_RELEASED(Kind.INFO);

	/** How a reason weighs on the decision. */
	public enum Kind {

		/** Holds the case. */
		HOLD,
		/** Holds the case and puts it on a person's worklist. */
		HUMAN,
		/** Rules out one channel for this debtor. */
		CHANNEL,
		/** Rules out one channel until a later date. */
		WAIT,
		/** Result of the value rule. */
		VALUE,
		/** Recorded for the explanation only. */
		INFO

	}

	private final Kind kind;

	ReasonCode(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** True for the case gates: holding reasons, with or without a human. */
	public boolean holdsCase() {
		return this.kind == Kind.HOLD || this.kind == Kind.HUMAN;
	}

}
