package fr.relance.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One generated invoice with its patient, its parts (one per payer owing more than zero;
 * they add up to the total), the payments already received (what its ledger row says),
 * what tonight's payer and bank files say about it ({@link Settlement#NONE} without
 * them), and what earlier nights' files said ({@code earlier}, {@link Settlement#NONE} on
 * a first night). Writers receive these one at a time.
 */
public record GeneratedInvoice(String finess, String invoiceNumber, SamplePatient patient, LocalDate careDate,
		LocalDate invoiceDate, LocalDate dueDate, List<InvoicePart> parts, List<SamplePayment> payments,
		boolean disputed, Settlement settlement, Settlement earlier) {

	public GeneratedInvoice {
		parts = List.copyOf(parts);
		payments = List.copyOf(payments);
		settlement = settlement == null ? Settlement.NONE : settlement;
		earlier = earlier == null ? Settlement.NONE : earlier;
	}

	/** An invoice on its first night. */
	public GeneratedInvoice(String finess, String invoiceNumber, SamplePatient patient, LocalDate careDate,
			LocalDate invoiceDate, LocalDate dueDate, List<InvoicePart> parts, List<SamplePayment> payments,
			boolean disputed, Settlement settlement) {
		this(finess, invoiceNumber, patient, careDate, invoiceDate, dueDate, parts, payments, disputed, settlement,
				Settlement.NONE);
	}

	/** An invoice without payer or bank files. */
	public GeneratedInvoice(String finess, String invoiceNumber, SamplePatient patient, LocalDate careDate,
			LocalDate invoiceDate, LocalDate dueDate, List<InvoicePart> parts, List<SamplePayment> payments,
			boolean disputed) {
		this(finess, invoiceNumber, patient, careDate, invoiceDate, dueDate, parts, payments, disputed,
				Settlement.NONE);
	}

	/** The same invoice with what tonight's files say about it. */
	public GeneratedInvoice withSettlement(Settlement value) {
		return new GeneratedInvoice(this.finess, this.invoiceNumber, this.patient, this.careDate, this.invoiceDate,
				this.dueDate, this.parts, this.payments, this.disputed, value, this.earlier);
	}

	/** The same invoice with no earlier night's files. */
	public GeneratedInvoice withoutEarlier() {
		return new GeneratedInvoice(this.finess, this.invoiceNumber, this.patient, this.careDate, this.invoiceDate,
				this.dueDate, this.parts, this.payments, this.disputed, this.settlement, Settlement.NONE);
	}

	/**
	 * The same invoice one night later: tonight's files become {@code earlier}, the
	 * ledger row gains {@code newPayments}, and {@code tonight} is what the new night's
	 * files say.
	 */
	public GeneratedInvoice nextNight(List<SamplePayment> newPayments, Settlement tonight) {
		if (!this.earlier.equals(Settlement.NONE)) {
			throw new IllegalStateException("only a first-night invoice has a next night: " + this.invoiceNumber);
		}
		List<SamplePayment> all = new ArrayList<>(this.payments);
		all.addAll(newPayments);
		return new GeneratedInvoice(this.finess, this.invoiceNumber, this.patient, this.careDate, this.invoiceDate,
				this.dueDate, this.parts, all, this.disputed, tonight, this.settlement);
	}

	/**
	 * Its parts after every night on its ledger and the earlier and tonight's files: the
	 * rows {@code truth.csv} holds for it.
	 */
	public List<PartState> expectedState() {
		return fr.relance.samples.internal.ExpectedParts.of(this);
	}

	/** The 9 digits NOEMIE and B2 quote: the ledger number without its letter prefix. */
	public String payerNumber() {
		return this.invoiceNumber.substring(this.invoiceNumber.length() - 9);
	}

	/** Sum of the parts. */
	public BigDecimal total() {
		return this.parts.stream().map(InvoicePart::due).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** Amount owed by the payer, zero when it has no part. */
	public BigDecimal due(Payer payer) {
		return this.parts.stream()
			.filter(part -> part.payer() == payer)
			.map(InvoicePart::due)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * Amount already received from the payer: the sum of its payments (never a separate
	 * counter).
	 */
	public BigDecimal paid(Payer payer) {
		return this.payments.stream()
			.filter(payment -> payment.payer() == payer)
			.map(SamplePayment::amount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** AMC organisation number of the AMC part, empty without one. */
	public String amcOrganisation() {
		return this.parts.stream()
			.filter(part -> part.payer() == Payer.AMC)
			.map(InvoicePart::organisation)
			.findFirst()
			.orElse("");
	}

	/** Patient flags plus the invoice's dispute, in the enum's order. */
	public Set<LedgerFlag> flags() {
		Set<LedgerFlag> flags = EnumSet.noneOf(LedgerFlag.class);
		flags.addAll(this.patient.flags());
		if (this.disputed) {
			flags.add(LedgerFlag.DISPUTE);
		}
		return flags;
	}

}
