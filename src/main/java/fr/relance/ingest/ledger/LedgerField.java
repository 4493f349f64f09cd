package fr.relance.ingest.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields Relance reads from a ledger line, named as in the {@code columns} section of
 * a mapping profile.
 */
public enum LedgerField {

	FINESS("finess"), INVOICE_NUMBER("invoiceNumber"), PATIENT_ID("patientId"), LAST_NAME("lastName"),
	FIRST_NAME("firstName"), ADDRESS_LINE1("addressLine1"), ADDRESS_LINE2("addressLine2"), POSTCODE("postcode"),
	CITY("city"), PHONE("phone"), MOBILE("mobile"), EMAIL("email"), BIRTH_DATE("birthDate"), CARE_DATE("careDate"),
	INVOICE_DATE("invoiceDate"), DUE_DATE("dueDate"), BILLING_DATE("billingDate"), TOTAL("total"), AMO_DUE("amoDue"),
	AMC_DUE("amcDue"), AMC_ORGANISATION("amcOrganisation"), PATIENT_DUE("patientDue"), AMO_PAID("amoPaid"),
	AMC_PAID("amcPaid"), PATIENT_PAID("patientPaid"), PAYMENT_REFERENCE("paymentReference"), FLAGS("flags"),
	DISPUTE("dispute"), DECEASED("deceased"), GUARDIANSHIP("guardianship"), SMS_OPT_OUT("smsOptOut");

	private final String key;

	LedgerField(String key) {
		this.key = key;
	}

	/** Name in the profile file. */
	public String key() {
		return key;
	}

	public static Optional<LedgerField> ofKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

	/** A profile must map these: without them a line cannot become a debt. */
	public static final LedgerField[] REQUIRED = { INVOICE_NUMBER, PATIENT_ID, LAST_NAME, TOTAL, PATIENT_DUE };

}
