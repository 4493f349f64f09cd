package fr.relance.output.email;

import java.util.Arrays;
import java.util.Optional;

/**
 * The placeholders of an e-mail template. As for SMS, none carries a name, an invoice
 * line or a care detail: an e-mail can be read by whoever shares the mailbox.
 */
public enum EmailField {

	/** The creditor, the establishment's legal name. */
	ETABLISSEMENT("etablissement", true),
	/** Reference of the first letter (CPCE R124-4). */
	REFERENCE("reference", true),
	/** Date of the first letter, {@code dd/MM/yyyy}. */
	DATE("date", true),
	/** The payment page. */
	LIEN("lien", true),
	/** What the patient owes tonight, all invoices together, {@code 1 234,56 €}. */
	MONTANT("montant", false),
	/** The line patients call or write to. */
	CONTACT("contact", false);

	private final String key;

	private final boolean required;

	EmailField(String key, boolean required) {
		this.key = key;
		this.required = required;
	}

	public String placeholder() {
		return "{" + this.key + "}";
	}

	boolean required() {
		return this.required;
	}

	static Optional<EmailField> ofKey(String key) {
		return Arrays.stream(values()).filter((f) -> f.key.equals(key)).findFirst();
	}

}
