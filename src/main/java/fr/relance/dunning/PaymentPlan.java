package fr.relance.dunning;

/** State of an instalment plan (échéancier) on the case. */
public enum PaymentPlan {

	NONE,
	/** Instalments paid as agreed: no dunning. */
	IN_GOOD_STANDING,
	/** An instalment was missed: dunning resumes. */
	DEFAULTED

}
