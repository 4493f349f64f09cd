package fr.relance.reconcile.internal;

import java.util.Locale;

/**
 * What a night's matching made of a patient payment: its {@code payment.match_status}.
 */
public enum PaymentOutcome {

	/** Spread over the parts its rule found, nothing left. */
	MATCHED,
	/**
	 * Spread, and what was left over is a credit on the patient's account
	 * ({@code trop-percus.csv}).
	 */
	CREDIT,
	/**
	 * Nothing fits: listed in {@code paiements-en-attente.csv} and tried again the next
	 * night.
	 */
	SUSPENSE;

	String status() {
		return name().toLowerCase(Locale.ROOT);
	}

}
