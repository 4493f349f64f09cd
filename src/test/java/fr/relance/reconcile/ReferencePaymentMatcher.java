package fr.relance.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;

import fr.relance.support.ids.CreditorReference;
import fr.relance.support.money.Amounts;

/**
 * The matching rules written the plain way, one payment at a time against the database
 * (what the engine did before issue 21): the reference the set-based
 * {@code PatientPayments} is compared with. Test code only.
 * <ol>
 * <li>payments still to match: status unmatched or suspense, oldest first
 * ({@code paid_on}, then id); each sees the balances the earlier ones left;</li>
 * <li>RF reference (right check only): the open patient parts of invoices carrying that
 * reference, and of the patient of the dunning case the reference names (FINESS + 8-digit
 * case number), oldest due first;</li>
 * <li>else invoice number: that invoice's open patient part first, then the same
 * patient's other open ones, oldest due first;</li>
 * <li>else a patient whose last name is a word (or two adjacent words) of the payer's
 * name, with exactly one open patient part of exactly the payment's amount;</li>
 * <li>the payment (less what earlier nights allocated of it) is spread in that order,
 * each part getting at most its open amount; what is left is a credit; a payment no rule
 * places waits in suspense, its note saying why (a reference with wrong check digits
 * named), and is tried again the next night.</li>
 * </ol>
 */
final class ReferencePaymentMatcher {

	private final Handle h;

	private final String finess;

	private final LocalDate runDate;

	ReferencePaymentMatcher(Handle h, String finess, LocalDate runDate) {
		this.h = h;
		this.finess = finess;
		this.runDate = runDate;
	}

	record Payment(long id, LocalDate paidOn, BigDecimal amount, String reference, String invoiceNumber,
			String payerName, String badCheckReference) {
	}

	record Part(long id, BigDecimal open) {
	}

	void matchAll() {
		List<Payment> payments = h.createQuery("""
				SELECT id, paid_on, amount, reference, invoice_number, payer_name, bad_check_reference FROM payment
				WHERE finess = :f AND match_status IN ('unmatched', 'suspense') ORDER BY paid_on, id""")
			.bind("f", finess)
			.map((rs, ctx) -> new Payment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		payments.forEach(this::match);
	}

	private void match(Payment p) {
		String how;
		List<Part> targets;
		if (p.reference() != null && !(targets = byReference(p.reference())).isEmpty()) {
			how = "référence " + p.reference();
		}
		else if (p.invoiceNumber() != null && !(targets = byInvoice(p.invoiceNumber())).isEmpty()) {
			how = "facture " + p.invoiceNumber();
		}
		else if (!(targets = byAmount(p)).isEmpty()) {
			how = "nom et montant exact";
		}
		else {
			String reason = p.reference() != null ? "référence " + p.reference() + " inconnue ou sans solde ouvert"
					: p.invoiceNumber() != null
							? "facture " + p.invoiceNumber() + " inconnue ou déjà soldée" + badCheck(p, " ; ")
							: p.badCheckReference() != null
									? badCheck(p, "") + " ; aucune facture citée ni solde unique du même montant"
									: "ni référence ni numéro de facture, et aucun solde unique du même montant";
			update(p.id(), "suspense", "en attente depuis le "
					+ runDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " : " + reason);
			return;
		}
		BigDecimal left = p.amount()
			.subtract(h.createQuery("SELECT COALESCE(sum(amount), 0) FROM allocation WHERE payment_id = :p")
				.bind("p", p.id())
				.mapTo(BigDecimal.class)
				.one());
		for (Part part : targets) {
			BigDecimal share = left.min(part.open());
			if (left.signum() <= 0) {
				break;
			}
			if (share.signum() > 0) {
				h.createUpdate("""
						INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
						VALUES (:part, :amount, 'payment', :on, :payment)
						ON CONFLICT (invoice_part_id, payment_id, kind) WHERE payment_id IS NOT NULL DO NOTHING""")
					.bind("part", part.id())
					.bind("amount", share)
					.bind("on", p.paidOn())
					.bind("payment", p.id())
					.execute();
				left = left.subtract(share);
			}
		}
		update(p.id(), left.signum() > 0 ? "credit" : "matched", "rapproché par " + how
				+ (left.signum() > 0 ? " ; trop-perçu de " + Amounts.french(left) + " porté au crédit du patient" : "")
				+ badCheck(p, " ; "));
	}

	private List<Part> byReference(String reference) {
		long caseId = CreditorReference.tryParse(reference)
			.map(r -> r.base())
			.filter(b -> b.length() == 17 && b.startsWith(finess)
					&& b.substring(9).chars().allMatch(Character::isDigit))
			.map(b -> Long.parseLong(b.substring(9)))
			.orElse(-1L);
		return parts(
				"""
						SELECT b.invoice_part_id, b.amount_open FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id
						WHERE i.finess = :f AND b.payer = 'PATIENT' AND b.amount_open > 0
						  AND (i.payment_reference = :x
						       OR i.patient_id = (SELECT c.patient_id FROM dunning_case c WHERE c.id = :c AND c.finess = :f))
						ORDER BY i.due_date, i.id""",
				reference, caseId);
	}

	private List<Part> byInvoice(String number) {
		return parts("""
				SELECT b.invoice_part_id, b.amount_open FROM invoice named
				JOIN invoice i ON i.patient_id = named.patient_id JOIN invoice_part_balance b ON b.invoice_id = i.id
				WHERE named.finess = :f AND named.invoice_number = :x AND b.payer = 'PATIENT' AND b.amount_open > 0
				ORDER BY (i.id = named.id) DESC, i.due_date, i.id""", number, null);
	}

	private List<Part> byAmount(Payment p) {
		if (p.payerName() == null || p.payerName().isBlank()) {
			return List.of();
		}
		String[] words = p.payerName().strip().toUpperCase(Locale.ROOT).split("\\s+");
		List<String> names = new ArrayList<>(List.of(words));
		for (int i = 0; i + 1 < words.length; i++) {
			names.add(words[i] + " " + words[i + 1]);
		}
		List<Part> fits = h.createQuery("""
				SELECT b.invoice_part_id, b.amount_open FROM patient pa JOIN invoice i ON i.patient_id = pa.id
				JOIN invoice_part_balance b ON b.invoice_id = i.id
				WHERE pa.finess = :f AND upper(pa.last_name) = ANY(:names) AND b.payer = 'PATIENT'
				  AND b.amount_open = :amount""")
			.bind("f", finess)
			.bind("names", names.toArray(String[]::new))
			.bind("amount", p.amount())
			.map((rs, ctx) -> new Part(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return fits.size() == 1 ? fits : List.of();
	}

	private List<Part> parts(String sql, String x, Long caseId) {
		var query = h.createQuery(sql).bind("f", finess).bind("x", x);
		if (caseId != null) {
			query.bind("c", caseId);
		}
		return query.map((rs, ctx) -> new Part(rs.getLong(1), rs.getBigDecimal(2))).list();
	}

	private static String badCheck(Payment p, String separator) {
		return p.badCheckReference() == null ? ""
				: separator + "référence RF aux chiffres de contrôle invalides : " + p.badCheckReference();
	}

	private void update(long id, String status, String note) {
		h.createUpdate("UPDATE payment SET match_status = :s, match_note = :n WHERE id = :id")
			.bind("s", status)
			.bind("n", note)
			.bind("id", id)
			.execute();
	}

}
