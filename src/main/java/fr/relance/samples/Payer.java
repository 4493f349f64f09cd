package fr.relance.samples;

/** Who owes a part of an invoice (domain.md section 1). */
public enum Payer {

	/** Mandatory scheme (assurance maladie obligatoire). */
	AMO,
	/** Complementary insurer (mutuelle). */
	AMC,
	/** The patient's own share (reste à charge). */
	PATIENT

}
