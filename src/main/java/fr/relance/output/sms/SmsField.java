package fr.relance.output.sms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The placeholders an SMS template may use, each with the widest value it can take, which
 * the start-up check fills in. No field can carry a name, a care detail or an invoice
 * line: only the creditor, the first letter and the total.
 */
public enum SmsField {

	/** The establishment's sender id. */
	EXPEDITEUR("expediteur", "X".repeat(11), false),
	/** Reference of the first letter (CPCE R124-4); {@code RL<date>-<case>-<step>}. */
	REFERENCE("reference", "RL20261231-9999999999-99", true),
	/** Date of the first letter, {@code dd/MM/yyyy}. */
	DATE("date", "31/12/2026", true),
	/** The short payment link. */
	LIEN("lien", "h".repeat(fr.relance.establishment.SmsSettings.MAX_LINK), true),
	/** What the patient owes tonight, all invoices together, {@code 1 234,56 €}. */
	MONTANT("montant", "9 999 999,99 €", false);

	private final String key;

	private final String widest;

	private final boolean required;

	SmsField(String key, String widest, boolean required) {
		this.key = key;
		this.widest = widest;
		this.required = required;
	}

	public String placeholder() {
		return "{" + this.key + "}";
	}

	String widest() {
		return this.widest;
	}

	/**
	 * Every SMS must quote it: the first letter's reference and date, and a way to pay.
	 */
	boolean required() {
		return this.required;
	}

	static Optional<SmsField> ofKey(String key) {
		return Arrays.stream(values()).filter((f) -> f.key.equals(key)).findFirst();
	}

}
