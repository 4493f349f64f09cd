package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import fr.relance.support.ids.CreditorReference;
import fr.relance.support.money.Amounts;

/**
 * Matches all of an establishment's patient payments of the night to the patient parts
 * they pay, in a few set-based statements: the parts every payment's rules could name and
 * their balances are read at once, the payments are then decided oldest first in memory,
 * and their allocations and outcomes written at once.
 * <p>
 * The rules, in order: RF creditor reference, then invoice number, then patient name and
 * exact amount when only one part fits. A payment is spread over its parts oldest first;
 * anything left over is a credit on the patient's account; a payment nothing fits waits
 * in suspense and is tried again every night (so a payment that arrives before its
 * invoice is matched when the invoice does). Each payment sees the balances the earlier
 * ones left (two payments of one patient, a part a payment settles that a later one's
 * exact amount no longer meets): that order is why the decisions are taken here, one pass
 * over the night's payments, and not in one SQL statement.
 */
public final class PatientPayments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PaymentMatchDao dao;

	private final String finess;

	private final LocalDate runDate;

	/**
	 * Every part read tonight, by id: one balance object however many payments name it.
	 */
	private final Map<Long, PartBalance> parts = new HashMap<>();

	/**
	 * Parts open by exactly an amount before tonight, by "NAME|cents", for the pairs
	 * asked so far.
	 */
	private final Map<String, List<PartBalance>> fitsBeforeTonight = new HashMap<>();

	/**
	 * Parts tonight's payments have paid something to, by the patient's last name: their
	 * open amount has moved.
	 */
	private final Map<String, List<PartBalance>> paidTonight = new HashMap<>();

	private final Set<Long> paidTonightIds = new HashSet<>();

	/** The payment being matched and those after it. */
	private List<UnmatchedPayment> later = List.of();

	public PatientPayments(Handle handle, String finess, LocalDate runDate) {
		this.dao = handle.attach(PaymentMatchDao.class);
		this.finess = finess;
		this.runDate = runDate;
	}

	/** How many payments of the night ended matched, with a credit, in suspense. */
	public record Outcomes(int matched, int credit, int suspense) {
	}

	public Outcomes matchAll() {
		List<UnmatchedPayment> payments = dao.pending(finess);
		Map<Long, List<PartBalance>> byReference = referenceTargets(payments);
		Map<Long, List<PartBalance>> byInvoice = byPayment(dao.invoiceTargets(finess));
		// the exact fits of payments no reference or invoice places are asked at once; a
		// payment whose parts the
		// earlier ones settle tonight asks, once, for its own and every later payment's
		askFits(payments.stream()
			.filter(p -> open(byReference.get(p.id())).isEmpty() && open(byInvoice.get(p.id())).isEmpty())
			.toList());
		Writes writes = new Writes();
		int[] counts = new int[PaymentOutcome.values().length];
		for (int i = 0; i < payments.size(); i++) {
			this.later = payments.subList(i, payments.size());
			counts[match(payments.get(i), byReference, byInvoice, writes).ordinal()]++;
		}
		writes.flush(dao);
		return new Outcomes(counts[PaymentOutcome.MATCHED.ordinal()], counts[PaymentOutcome.CREDIT.ordinal()],
				counts[PaymentOutcome.SUSPENSE.ordinal()]);
	}

	/**
	 * Status of the establishment's parts that allocations touch, from their balances.
	 */
	public int refreshPartStatuses() {
		return dao.refreshPartStatuses(finess, runDate);
	}

	private PaymentOutcome match(UnmatchedPayment payment, Map<Long, List<PartBalance>> byReference,
			Map<Long, List<PartBalance>> byInvoice, Writes writes) {
		MatchRule rule;
		List<PartBalance> targets;
		if (payment.reference() != null && !(targets = open(byReference.get(payment.id()))).isEmpty()) {
			rule = MatchRule.REFERENCE;
		}
		else if (payment.invoiceNumber() != null && !(targets = open(byInvoice.get(payment.id()))).isEmpty()) {
			rule = MatchRule.INVOICE;
		}
		else if (!(targets = byAmount(payment)).isEmpty()) {
			rule = MatchRule.NAME_AND_AMOUNT;
		}
		else {
			writes.settle(payment.id(), PaymentOutcome.SUSPENSE, suspenseNote(payment));
			return PaymentOutcome.SUSPENSE;
		}
		List<PayablePart> snapshot = targets.stream().map(p -> new PayablePart(p.id(), p.open())).toList();
		List<Spread.Share> shares = Spread.of(payment.left(), snapshot);
		for (Spread.Share share : shares) {
			PartBalance part = parts.get(share.part().invoicePartId());
			part.pay(share.amount());
			if (paidTonightIds.add(part.id())) {
				paidTonight.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(part);
			}
			writes.allocate(payment.id(), share.part().invoicePartId(), share.amount());
		}
		BigDecimal credit = payment.left().subtract(Spread.total(shares));
		PaymentOutcome outcome = credit.signum() > 0 ? PaymentOutcome.CREDIT : PaymentOutcome.MATCHED;
		writes.settle(payment.id(), outcome, matchNote(payment, rule, credit));
		return outcome;
	}

	/** The parts still open when the payment comes, in the rule's order. */
	private static List<PartBalance> open(List<PartBalance> candidates) {
		return candidates == null ? List.of() : candidates.stream().filter(p -> p.open().signum() > 0).toList();
	}

	/**
	 * The one part of a patient named like the payer whose open amount is exactly the
	 * payment; none if 0 or 2+. A part tonight's payments did not touch is open by what
	 * it was before tonight; one they touched is looked at as it is now.
	 */
	private List<PartBalance> byAmount(UnmatchedPayment payment) {
		List<String> names = nameCandidates(payment.payerName());
		if (!asked(payment)) {
			askFits(later);
		}
		Set<PartBalance> fits = new HashSet<>();
		long cents = Amounts.toCents(payment.amount());
		for (String name : names) {
			for (PartBalance part : fitsBeforeTonight.getOrDefault(name + "|" + cents, List.of())) {
				if (!paidTonightIds.contains(part.id())) {
					fits.add(part);
				}
			}
			for (PartBalance part : paidTonight.getOrDefault(name, List.of())) {
				if (part.open().compareTo(payment.amount()) == 0) {
					fits.add(part);
				}
			}
		}
		return fits.size() == 1 ? List.copyOf(fits) : List.of();
	}

	private boolean asked(UnmatchedPayment payment) {
		long cents = Amounts.toCents(payment.amount());
		return nameCandidates(payment.payerName()).stream()
			.allMatch(name -> fitsBeforeTonight.containsKey(name + "|" + cents));
	}

	/** Reads the exact fits of these payments' (name, amount) pairs not asked yet. */
	private void askFits(List<UnmatchedPayment> payments) {
		List<String> names = new ArrayList<>();
		List<Long> cents = new ArrayList<>();
		for (UnmatchedPayment payment : payments) {
			long amount = Amounts.toCents(payment.amount());
			for (String name : nameCandidates(payment.payerName())) {
				if (fitsBeforeTonight.putIfAbsent(name + "|" + amount, new ArrayList<>()) == null) {
					names.add(name);
					cents.add(amount);
				}
			}
		}
		if (names.isEmpty()) {
			return;
		}
		List<PaymentMatchDao.ExactFit> rows = dao.exactFits(finess, names.toArray(String[]::new),
				cents.stream().mapToLong(Long::longValue).toArray());
		read(rows.stream().map(PaymentMatchDao.ExactFit::partId).toList());
		for (PaymentMatchDao.ExactFit row : rows) {
			fitsBeforeTonight.get(row.name() + "|" + row.cents()).add(parts.get(row.partId()));
		}
	}

	/**
	 * The words of a payer's name, and each two adjacent words (for names such as "LE
	 * GALL"), in upper case.
	 */
	static List<String> nameCandidates(String payerName) {
		if (payerName == null || payerName.isBlank()) {
			return List.of();
		}
		String[] words = payerName.strip().toUpperCase(Locale.ROOT).split("\\s+");
		List<String> names = new ArrayList<>(List.of(words));
		for (int i = 0; i + 1 < words.length; i++) {
			names.add(words[i] + " " + words[i + 1]);
		}
		return names;
	}

	private Map<Long, List<PartBalance>> referenceTargets(List<UnmatchedPayment> payments) {
		List<UnmatchedPayment> withReference = payments.stream().filter(p -> p.reference() != null).toList();
		if (withReference.isEmpty()) {
			return Map.of();
		}
		long[] ids = withReference.stream().mapToLong(UnmatchedPayment::id).toArray();
		String[] references = withReference.stream().map(UnmatchedPayment::reference).toArray(String[]::new);
		long[] cases = withReference.stream()
			.mapToLong(p -> CreditorReference.tryParse(p.reference()).map(r -> caseOf(r.base())).orElse(-1L))
			.toArray();
		return byPayment(dao.referenceTargets(finess, ids, references, cases));
	}

	/**
	 * RF bases printed on letters are FINESS (9) + case number (8 digits); another base
	 * names no case.
	 */
	private long caseOf(String base) {
		if (base.length() == 17 && base.startsWith(finess) && base.substring(9).chars().allMatch(Character::isDigit)) {
			return Long.parseLong(base.substring(9));
		}
		return -1L;
	}

	private Map<Long, List<PartBalance>> byPayment(List<PaymentMatchDao.Target> rows) {
		read(rows.stream().map(PaymentMatchDao.Target::partId).toList());
		Map<Long, List<PartBalance>> grouped = new LinkedHashMap<>();
		for (PaymentMatchDao.Target row : rows) {
			grouped.computeIfAbsent(row.targetOf(), k -> new ArrayList<>()).add(parts.get(row.partId()));
		}
		return grouped;
	}

	/**
	 * Balances of the parts not read yet; a part already read keeps what tonight
	 * allocated to it.
	 */
	private void read(Collection<Long> partIds) {
		long[] missing = partIds.stream()
			.filter(id -> !parts.containsKey(id))
			.distinct()
			.mapToLong(Long::longValue)
			.toArray();
		if (missing.length > 0) {
			dao.balances(missing).forEach(b -> parts.put(b.id(), b));
		}
	}

	private static String matchNote(UnmatchedPayment payment, MatchRule rule, BigDecimal credit) {
		String how = switch (rule) {
			case REFERENCE -> "référence " + payment.reference();
			case INVOICE -> "facture " + payment.invoiceNumber();
			case NAME_AND_AMOUNT -> "nom et montant exact";
		};
		return "rapproché par "
				+ how + (credit.signum() > 0
						? " ; trop-perçu de " + Amounts.french(credit) + " porté au crédit du patient" : "")
				+ badCheck(payment, " ; ");
	}

	private String suspenseNote(UnmatchedPayment payment) {
		String reason = payment.reference() != null
				? "référence " + payment.reference() + " inconnue ou sans solde ouvert"
				: payment.invoiceNumber() != null
						? "facture " + payment.invoiceNumber() + " inconnue ou déjà soldée" + badCheck(payment, " ; ")
						: payment.badCheckReference() != null
								? badCheck(payment, "") + " ; aucune facture citée ni solde unique du même montant"
								: "ni référence ni numéro de facture, et aucun solde unique du même montant";
		return "en attente depuis le " + runDate.format(DAY) + " : " + reason;
	}

	/**
	 * Named wherever the payment is described: staff then look at the patient's typo, not
	 * for a missing reference.
	 */
	private static String badCheck(UnmatchedPayment payment, String separator) {
		return payment.badCheckReference() == null ? ""
				: separator + "référence RF aux chiffres de contrôle invalides : " + payment.badCheckReference();
	}

	/** The night's allocations and outcomes, written in one statement each at the end. */
	private static final class Writes {

		private final List<long[]> shares = new ArrayList<>();

		private final List<Long> settledIds = new ArrayList<>();

		private final List<String> statuses = new ArrayList<>();

		private final List<String> notes = new ArrayList<>();

		void allocate(long paymentId, long partId, BigDecimal amount) {
			shares.add(new long[] { paymentId, partId, Amounts.toCents(amount) });
		}

		void settle(long paymentId, PaymentOutcome outcome, String note) {
			settledIds.add(paymentId);
			statuses.add(outcome.status());
			notes.add(note);
		}

		void flush(PaymentMatchDao dao) {
			if (!shares.isEmpty()) {
				dao.allocate(column(0), column(1), column(2));
			}
			if (!settledIds.isEmpty()) {
				dao.settle(settledIds.stream().mapToLong(Long::longValue).toArray(), statuses.toArray(String[]::new),
						notes.toArray(String[]::new));
			}
		}

		private long[] column(int i) {
			return shares.stream().mapToLong(s -> s[i]).toArray();
		}

	}

}
