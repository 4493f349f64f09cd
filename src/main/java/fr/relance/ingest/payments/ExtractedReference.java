package fr.relance.ingest.payments;

import java.util.List;

/**
 * What {@link PaymentReferenceExtractor} found in a payment's texts. Both lists are filled whatever the kind, in
 * the order met, without duplicates, so a matcher can fall back on invoice numbers when a valid reference is
 * unknown to the database.
 *
 * @param kind the best way to match: {@code RF} when {@code creditorReferences} is not empty, else {@code INVOICE}
 *        when {@code invoiceNumbers} is not empty, else {@code NONE}
 * @param creditorReferences references with a right check (several when a patient pays two letters at once)
 * @param invoiceNumbers invoice-number candidates, upper case
 */
public record ExtractedReference(ReferenceKind kind, List<CreditorReference> creditorReferences,
		List<String> invoiceNumbers) {

	public ExtractedReference {
		creditorReferences = List.copyOf(creditorReferences);
		invoiceNumbers = List.copyOf(invoiceNumbers);
	}

	static ExtractedReference of(List<CreditorReference> references, List<String> invoices) {
		ReferenceKind kind = !references.isEmpty() ? ReferenceKind.RF
				: !invoices.isEmpty() ? ReferenceKind.INVOICE : ReferenceKind.NONE;
		return new ExtractedReference(kind, references, invoices);
	}

	/** The first creditor reference, or null. */
	public CreditorReference firstCreditorReference() {
		return this.creditorReferences.isEmpty() ? null : this.creditorReferences.get(0);
	}

}
