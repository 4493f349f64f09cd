package fr.relance.ingest.payments;

import java.util.List;
import fr.relance.support.ids.CreditorReference;

/**
 * What {@link PaymentReferenceExtractor} found in a payment's texts. Both lists are
 * filled whatever the kind, in the order met, without duplicates, so a matcher can fall
 * back on invoice numbers when a valid reference is unknown to the database.
 *
 * @param kind the best way to match: {@code RF} when {@code creditorReferences} is not
 * empty, else {@code INVOICE} when {@code invoiceNumbers} is not empty, else {@code NONE}
 * @param creditorReferences references with a right check (several when a patient pays
 * two letters at once)
 * @param invoiceNumbers invoice-number candidates, upper case, in the establishment's own
 * form
 * @param badCheckReference the first text shaped like a creditor reference ({@code RF} +
 * 2 digits + ...) whose check digits are wrong, as read (compacted, upper case); null
 * when there is none. It never matches anything: it is kept so that a payment left in
 * suspense says where the patient's reference went wrong
 */
public record ExtractedReference(ReferenceKind kind, List<CreditorReference> creditorReferences,
		List<String> invoiceNumbers, String badCheckReference) {

	public ExtractedReference {
		creditorReferences = List.copyOf(creditorReferences);
		invoiceNumbers = List.copyOf(invoiceNumbers);
	}

	static ExtractedReference of(List<CreditorReference> references, List<String> invoices, String badCheck) {
		ReferenceKind kind = !references.isEmpty() ? ReferenceKind.RF
				: !invoices.isEmpty() ? ReferenceKind.INVOICE : ReferenceKind.NONE;
		return new ExtractedReference(kind, references, invoices, references.isEmpty() ? badCheck : null);
	}

	/** The first creditor reference, or null. */
	public CreditorReference firstCreditorReference() {
		return this.creditorReferences.isEmpty() ? null : this.creditorReferences.get(0);
	}

}
