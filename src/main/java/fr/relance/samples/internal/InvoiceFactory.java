package fr.relance.samples.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.InvoicePart;
import fr.relance.samples.Payer;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.SamplePayment;
import fr.relance.support.money.Amounts;

/**
 * Derives invoice number {@code index} of one establishment from the seed: its patient
 * (drawn among the establishment's patients, so most have one invoice and some several),
 * dates over the two years before the business date, the split between AMO, AMC and
 * patient, and the payments already received.
 */
public final class InvoiceFactory {

	private final long seed;

	private final int establishment;

	private final String finess;

	private final LocalDate businessDate;

	private final PatientFactory patients;

	private final int patientCount;

	private final long firstNumber;

	/**
	 * Invoices of establishment {@code establishment}, which has {@code invoiceCount} of
	 * them.
	 */
	public InvoiceFactory(long seed, int establishment, String finess, LocalDate businessDate, int invoiceCount) {
		this.seed = seed;
		this.establishment = establishment;
		this.finess = finess;
		this.businessDate = businessDate;
		this.patients = new PatientFactory(seed, establishment, EstablishmentFactory.city(establishment), businessDate);
		// about two invoices per patient who has any
		this.patientCount = Math.max(1, (int) (invoiceCount * 3L / 5));
		SplittableRandom random = Draws.random(seed, Draws.INVOICES, establishment, -1);
		this.firstNumber = 100_000_000L + random.nextInt(80) * 10_000_000L;
	}

	/**
	 * Index of the patient of invoice {@code index} (its first draw), without building
	 * the invoice.
	 */
	public int patientIndex(int index) {
		return Draws.random(this.seed, Draws.INVOICES, this.establishment, index).nextInt(this.patientCount);
	}

	/** How many patients the invoices are drawn among. */
	public int patientCount() {
		return this.patientCount;
	}

	/** Invoice {@code index} (0-based); the same index always gives the same invoice. */
	public GeneratedInvoice invoice(int index) {
		SplittableRandom random = Draws.random(this.seed, Draws.INVOICES, this.establishment, index);
		SamplePatient patient = this.patients.patient(random.nextInt(this.patientCount));
		LocalDate careDate = this.businessDate.minusDays(730 - random.nextInt(720));
		LocalDate invoiceDate = careDate.plusDays(1 + random.nextInt(10));
		Shares shares = Shares.draw(random, !patient.amcOrganisation().isEmpty());
		List<InvoicePart> parts = new ArrayList<>(3);
		addPart(parts, Payer.AMO, "", shares.amo());
		addPart(parts, Payer.AMC, patient.amcOrganisation(), shares.amc());
		addPart(parts, Payer.PATIENT, "", shares.patient());
		List<SamplePayment> payments = new Payments(random, careDate, invoiceDate, this.businessDate).draw(shares);
		boolean disputed = Draws.chance(random, 0.01);
		return new GeneratedInvoice(this.finess, "F" + Draws.digits(this.firstNumber + index, 9), patient, careDate,
				invoiceDate, invoiceDate.plusDays(30), parts, payments, disputed);
	}

	private static void addPart(List<InvoicePart> parts, Payer payer, String organisation, long cents) {
		if (cents > 0) {
			parts.add(new InvoicePart(payer, organisation, Amounts.ofCents(cents)));
		}
	}

	/** Payments received by the business date; older invoices are more often settled. */
	private static final class Payments {

		private final SplittableRandom random;

		private final LocalDate careDate;

		private final LocalDate invoiceDate;

		private final LocalDate today;

		Payments(SplittableRandom random, LocalDate careDate, LocalDate invoiceDate, LocalDate today) {
			this.random = random;
			this.careDate = careDate;
			this.invoiceDate = invoiceDate;
			this.today = today;
		}

		List<SamplePayment> draw(Shares shares) {
			int age = (int) ChronoUnit.DAYS.between(this.invoiceDate, this.today);
			List<SamplePayment> payments = new ArrayList<>(3);
			if (shares.amo() > 0 && Draws.chance(this.random, age >= 20 ? 0.93 : 0.30)) {
				payments.add(payment(Payer.AMO, shares.amo(), Math.min(age, 25)));
			}
			if (shares.amc() > 0) {
				double draw = this.random.nextDouble();
				if (draw < (age >= 30 ? 0.85 : 0.20)) {
					payments.add(payment(Payer.AMC, shares.amc(), Math.min(age, 45)));
				}
				else if (age >= 30 && draw < 0.88 && shares.amc() > 1) {
					payments.add(payment(Payer.AMC, shares.amc() / 2, Math.min(age, 45)));
				}
			}
			if (shares.patient() > 0) {
				patientPayment(shares.patient(), age, payments);
			}
			return payments;
		}

		/**
		 * Paid at the cash desk on the day of care, later in full, later in part, or not
		 * yet.
		 */
		private void patientPayment(long due, int age, List<SamplePayment> payments) {
			double draw = this.random.nextDouble();
			if (draw < 0.22) {
				payments.add(new SamplePayment(Payer.PATIENT, Amounts.ofCents(due), this.careDate));
			}
			else if (age >= 30 && draw < 0.37) {
				payments.add(payment(Payer.PATIENT, due, age));
			}
			else if (age >= 30 && draw < 0.45 && due > 1) {
				long part = Math.max(1, due * (10 + this.random.nextInt(81)) / 100);
				payments.add(payment(Payer.PATIENT, Math.min(part, due - 1), age));
			}
		}

		/**
		 * A payment within {@code withinDays} after the invoice date, never after the
		 * business date.
		 */
		private SamplePayment payment(Payer payer, long cents, int withinDays) {
			return new SamplePayment(payer, Amounts.ofCents(cents),
					this.invoiceDate.plusDays(1 + this.random.nextInt(withinDays)));
		}

	}

}
