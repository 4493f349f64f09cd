package fr.relance.testworld;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice of a {@link Patient}, written with its first part (or when its id is
 * needed). Its total is the one {@link #total} set, else its first part's amount (an
 * invoice billed to the patient alone).
 */
public final class Invoice {

	private final World world;

	private final Patient patient;

	private InvoiceRow row;

	private long id;

	private int line;

	Invoice(World world, Patient patient, String number, LocalDate due) {
		this.world = world;
		this.patient = patient;
		this.row = new InvoiceRow(number, due, due, due, null, due);
	}

	public Invoice issued(LocalDate on) {
		return change(new InvoiceRow(this.row.number(), this.row.careDate(), on, this.row.dueDate(), this.row.total(),
				this.row.updatedOn()));
	}

	public Invoice caredOn(LocalDate on) {
		return change(new InvoiceRow(this.row.number(), on, this.row.issueDate(), this.row.dueDate(), this.row.total(),
				this.row.updatedOn()));
	}

	public Invoice total(String amount) {
		return change(new InvoiceRow(this.row.number(), this.row.careDate(), this.row.issueDate(), this.row.dueDate(),
				new BigDecimal(amount), this.row.updatedOn()));
	}

	/**
	 * The ledger line the invoice and its parts come from (else each row takes the
	 * world's next line).
	 */
	public Invoice onLine(int ledgerLine) {
		if (this.id != 0) {
			throw new IllegalStateException("invoice " + this.row.number() + " is already written");
		}
		this.line = ledgerLine;
		return this;
	}

	public long id() {
		return write(BigDecimal.ZERO);
	}

	/** The patient part of {@code amount}, open since the due date. */
	public Part patientPart(String amount) {
		return part("PATIENT", amount, "open", this.row.dueDate());
	}

	/**
	 * A part of {@code payer} (AMO, AMC, PATIENT) in {@code status} since {@code since}.
	 */
	public Part part(String payer, String amount, String status, LocalDate since) {
		long invoice = write(new BigDecimal(amount));
		return new Part(this.world, this, this.world.dao.part(invoice, payer, new BigDecimal(amount), status, since,
				this.world.currentFile(), line()));
	}

	/** The ledger states the invoice was billed to the insurers on {@code on}. */
	public Invoice billedOn(LocalDate on) {
		this.world.dao.billedOn(id(), on);
		return this;
	}

	/** The establishment closed the invoice in its ledger on {@code on}. */
	public Invoice closedAtSource(LocalDate on) {
		this.world.dao.closedAtSource(id(), on);
		return this;
	}

	public String number() {
		return this.row.number();
	}

	private long write(BigDecimal firstPart) {
		if (this.id == 0) {
			InvoiceRow written = this.row.total() != null ? this.row : new InvoiceRow(this.row.number(),
					this.row.careDate(), this.row.issueDate(), this.row.dueDate(), firstPart, this.row.updatedOn());
			this.id = this.world.dao.invoice(written, this.world.finess, this.patient.id(), this.world.currentFile(),
					line());
		}
		return this.id;
	}

	private int line() {
		return this.line != 0 ? this.line : this.world.nextLine();
	}

	private Invoice change(InvoiceRow changed) {
		if (this.id != 0) {
			throw new IllegalStateException("invoice " + this.row.number() + " is already written");
		}
		this.row = changed;
		return this;
	}

}
