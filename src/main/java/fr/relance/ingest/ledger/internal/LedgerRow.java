package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One valid ledger line, typed, as staged for the merge. Amounts in euros (scale 2); null
 * when absent.
 *
 * @param phone any phone number of the line (landline or mobile), E.164
 * @param mobile the number of a column that holds only mobiles, E.164, when the profile
 * maps one
 * @param billingDate when the invoice was billed to its payers, when the profile maps it
 * (else null)
 */
record LedgerRow(long line, String invoiceNumber, String patientId, String lastName, String firstName,
		String addressLine1, String addressLine2, String postcode, String city, String phone, String mobile,
		String email, LocalDate birthDate, LocalDate careDate, LocalDate invoiceDate, LocalDate dueDate,
		LocalDate billingDate, BigDecimal total, BigDecimal amoDue, BigDecimal amcDue, String amcOrganisation,
		BigDecimal patientDue, BigDecimal amoPaid, BigDecimal amcPaid, BigDecimal patientPaid, String paymentReference,
		boolean dispute, boolean deceased, boolean guardianship, boolean smsOptOut) {
}
