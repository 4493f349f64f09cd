package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import fr.relance.support.money.Amounts;

/**
 * Nets a patient's over-payment against the same patient's other open parts at the same
 * establishment, for an establishment that allows it ({@code creditNetting}): a credit
 * otherwise stays listed for refund and holds dunning on that patient. A netted share is
 * an allocation of the paying payment, so it is dated the day the money came, is posted
 * back like any matched payment and is never made twice (one allocation per payment and
 * part).
 */
public final class CreditNetting {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CreditDao credits;

	private final PaymentMatchDao payments;

	private final String finess;

	private final LocalDate runDate;

	public CreditNetting(Handle handle, String finess, LocalDate runDate) {
		this.credits = handle.attach(CreditDao.class);
		this.payments = handle.attach(PaymentMatchDao.class);
		this.finess = finess;
		this.runDate = runDate;
	}

	/** Returns how many credits were used up entirely. */
	public int netAll() {
		List<CreditDao.Credit> open = credits.credits(finess);
		if (open.isEmpty()) {
			return 0;
		}
		Map<Long, List<CreditDao.OpenPatientPart>> partsByPatient = new HashMap<>();
		Map<Long, BigDecimal> left = new HashMap<>();
		for (CreditDao.OpenPatientPart part : credits.openParts(finess,
				open.stream().mapToLong(CreditDao.Credit::patientId).distinct().toArray())) {
			partsByPatient.computeIfAbsent(part.patientId(), k -> new ArrayList<>()).add(part);
			left.put(part.partId(), part.amountOpen());
		}
		List<long[]> shares = new ArrayList<>();
		List<Long> settled = new ArrayList<>();
		List<String> statuses = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		int usedUp = 0;
		for (CreditDao.Credit credit : open) {
			// a part this payment already paid cannot take a second share of it (one
			// allocation per payment and part)
			List<PayablePart> targets = partsByPatient.getOrDefault(credit.patientId(), List.of())
				.stream()
				.filter(p -> Arrays.stream(credit.paidPartIds()).noneMatch(id -> id == p.partId()))
				.map(p -> new PayablePart(p.partId(), left.get(p.partId())))
				.toList();
			List<Spread.Share> spread = Spread.of(credit.unallocated(), targets);
			if (spread.isEmpty()) {
				continue;
			}
			List<String> invoices = new ArrayList<>();
			for (Spread.Share share : spread) {
				long partId = share.part().invoicePartId();
				left.merge(partId, share.amount().negate(), BigDecimal::add);
				shares.add(new long[] { credit.paymentId(), partId, Amounts.toCents(share.amount()) });
				invoices.add(invoiceOf(partsByPatient.get(credit.patientId()), partId) + " ("
						+ Amounts.french(share.amount()) + ")");
			}
			BigDecimal remaining = credit.unallocated().subtract(Spread.total(spread));
			boolean done = remaining.signum() == 0;
			usedUp += done ? 1 : 0;
			settled.add(credit.paymentId());
			statuses.add(done ? PaymentOutcome.MATCHED.status() : PaymentOutcome.CREDIT.status());
			notes.add(credit.note() + " ; trop-perçu imputé le " + runDate.format(DAY) + " sur "
					+ String.join(", ", invoices)
					+ (done ? "" : " ; reste " + Amounts.french(remaining) + " à rembourser"));
		}
		if (!shares.isEmpty()) {
			payments.allocate(column(shares, 0), column(shares, 1), column(shares, 2));
			payments.settle(settled.stream().mapToLong(Long::longValue).toArray(), statuses.toArray(String[]::new),
					notes.toArray(String[]::new));
		}
		return usedUp;
	}

	private static String invoiceOf(List<CreditDao.OpenPatientPart> parts, long partId) {
		return parts.stream().filter(p -> p.partId() == partId).findFirst().orElseThrow().invoiceNumber();
	}

	private static long[] column(List<long[]> rows, int i) {
		return rows.stream().mapToLong(r -> r[i]).toArray();
	}

}
