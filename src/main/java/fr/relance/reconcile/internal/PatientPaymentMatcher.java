package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import fr.relance.support.ids.CreditorReference;
import fr.relance.support.money.Amounts;

/**
 * Matches one patient payment to the patient parts it pays, in the documented order: RF creditor reference, then
 * invoice number, then patient name and exact amount when only one part fits. The payment is spread over the parts
 * oldest first; anything left over is a credit on the patient's account; a payment nothing fits waits in suspense
 * (and is tried again every night, so a payment that arrives before its invoice is matched when the invoice does).
 */
public final class PatientPaymentMatcher {

	private final Handle handle;

	private final String finess;

	private final LocalDate runDate;

	public PatientPaymentMatcher(Handle handle, String finess, LocalDate runDate) {
		this.handle = handle;
		this.finess = finess;
		this.runDate = runDate;
	}

	/** Outcome of one payment: its new match status. */
	public String match(UnmatchedPayment payment) {
		String how;
		List<OpenPart> targets;
		if (payment.reference() != null && !(targets = byReference(payment.reference())).isEmpty()) {
			how = "référence " + payment.reference();
		}
		else if (payment.invoiceNumber() != null && !(targets = byInvoice(payment.invoiceNumber())).isEmpty()) {
			how = "facture " + payment.invoiceNumber();
		}
		else if (!(targets = byAmount(payment)).isEmpty()) {
			how = "nom et montant exact";
		}
		else {
			return suspend(payment);
		}
		BigDecimal already = allocated(payment.id());
		List<Spread.Share> shares = Spread.of(payment.amount().subtract(already), targets);
		for (Spread.Share share : shares) {
			handle.createUpdate("""
					INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
					VALUES (:part, :amount, 'payment', :on, :payment)
					ON CONFLICT (invoice_part_id, payment_id, kind) WHERE payment_id IS NOT NULL DO NOTHING
					""").bind("part", share.part().invoicePartId()).bind("amount", share.amount())
				.bind("on", payment.paidOn()).bind("payment", payment.id()).execute();
		}
		BigDecimal credit = payment.amount().subtract(already).subtract(Spread.total(shares));
		String status = credit.signum() > 0 ? "credit" : "matched";
		String note = "rapproché par " + how + (credit.signum() > 0 ? " ; trop-perçu de " + Amounts.french(credit)
				+ " porté au crédit du patient" : "") + badCheck(payment, " ; ");
		update(payment.id(), status, note);
		return status;
	}

	private List<OpenPart> byReference(String reference) {
		Optional<CreditorReference> rf = CreditorReference.tryParse(reference);
		long caseId = rf.map(r -> caseOf(r.base())).orElse(-1L);
		return handle.createQuery(SqlFiles.load("payment_targets_by_rf.sql")).bind("finess", finess)
			.bind("reference", reference).bind("caseId", caseId).map(this::part).list();
	}

	/** RF bases printed on letters are FINESS (9) + case number (8 digits); another base names no case. */
	private long caseOf(String base) {
		if (base.length() == 17 && base.startsWith(finess) && base.substring(9).chars().allMatch(Character::isDigit)) {
			return Long.parseLong(base.substring(9));
		}
		return -1L;
	}

	private List<OpenPart> byInvoice(String invoiceNumber) {
		return handle.createQuery(SqlFiles.load("payment_targets_by_invoice.sql")).bind("finess", finess)
			.bind("invoiceNumber", invoiceNumber).map(this::part).list();
	}

	private List<OpenPart> byAmount(UnmatchedPayment payment) {
		String[] names = nameCandidates(payment.payerName());
		if (names.length == 0) {
			return List.of();
		}
		return handle.createQuery(SqlFiles.load("payment_targets_by_amount.sql")).bind("finess", finess)
			.bind("amount", payment.amount()).bind("names", names).map(this::part).list();
	}

	/** The words of a payer's name, and each two adjacent words (for names such as "LE GALL"), in upper case. */
	static String[] nameCandidates(String payerName) {
		if (payerName == null || payerName.isBlank()) {
			return new String[0];
		}
		String[] words = payerName.strip().toUpperCase(java.util.Locale.ROOT).split("\\s+");
		List<String> names = new java.util.ArrayList<>(List.of(words));
		for (int i = 0; i + 1 < words.length; i++) {
			names.add(words[i] + " " + words[i + 1]);
		}
		return names.toArray(String[]::new);
	}

	private OpenPart part(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
			throws java.sql.SQLException {
		return new OpenPart(rs.getLong("invoice_part_id"), rs.getBigDecimal("amount_open"), rs.getString("invoice_number"));
	}

	private BigDecimal allocated(long paymentId) {
		return handle.createQuery("SELECT COALESCE(sum(amount), 0) FROM allocation WHERE payment_id = :p")
			.bind("p", paymentId).mapTo(BigDecimal.class).one();
	}

	/** Named wherever the payment is described: staff then look at the patient's typo, not for a missing reference. */
	private static String badCheck(UnmatchedPayment payment, String separator) {
		return payment.badCheckReference() == null ? ""
				: separator + "référence RF aux chiffres de contrôle invalides : " + payment.badCheckReference();
	}

	private String suspend(UnmatchedPayment payment) {
		String reason = payment.reference() != null ? "référence " + payment.reference() + " inconnue ou sans solde ouvert"
				: payment.invoiceNumber() != null ? "facture " + payment.invoiceNumber() + " inconnue ou déjà soldée"
						+ badCheck(payment, " ; ")
						: payment.badCheckReference() != null ? badCheck(payment, "")
								+ " ; aucune facture citée ni solde unique du même montant"
								: "ni référence ni numéro de facture, et aucun solde unique du même montant";
		update(payment.id(), "suspense", "en attente depuis le "
				+ runDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " : " + reason);
		return "suspense";
	}

	private void update(long paymentId, String status, String note) {
		handle.createUpdate("UPDATE payment SET match_status = :s, match_note = :n WHERE id = :id")
			.bind("s", status).bind("n", note).bind("id", paymentId).execute();
	}

}
