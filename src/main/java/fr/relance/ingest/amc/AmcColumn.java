package fr.relance.ingest.amc;

/** The columns a mutuelle statement profile maps, by the key used in the profile file. */
enum AmcColumn {

	INVOICE_NUMBER("invoiceNumber", true), ORGANISATION("organisation", true), CLAIMED("claimed", false),
	PAID("paid", true),
	/** At least one of status and reject code is needed. */
	STATUS("status", false), REJECT_CODE("rejectCode", false), REJECT_LABEL("rejectLabel", false),
	PAYMENT_DATE("paymentDate", true), TRANSFER_REFERENCE("transferReference", true);

	private final String key;

	private final boolean required;

	AmcColumn(String key, boolean required) {
		this.key = key;
		this.required = required;
	}

	String key() {
		return key;
	}

	boolean required() {
		return required;
	}

}
