package fr.relance.samples;

/** Who owes a part of an invoice (docs/domain.md#who-pays). */
public enum Payer {

	/** Mandatory scheme (assurance maladie obligatoire). */
	AMO,
	/** Complementary insurer (mutuelle). */
	AMC,
	/** The patient's own share (reste à charge). */
	PATIENT

}
