package fr.relance.testworld;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payer part of an {@link Invoice}, and the money, returns and billing that concern it.
 */
public final class Part {

	private final World world;

	private final Invoice invoice;

	private final long id;

	Part(World world, Invoice invoice, long id) {
		this.world = world;
		this.invoice = invoice;
		this.id = id;
	}

	public long id() {
		return this.id;
	}

	public Invoice invoice() {
		return this.invoice;
	}

	/**
	 * A payment read from the world's current file, allocated to the part on {@code on}.
	 */
	public Part paid(String amount, LocalDate on) {
		return allocated("payment", amount, on);
	}

	/**
	 * An allocation of {@code kind} (payment, remittance, write_off, transfer_in...) from
	 * the current file.
	 */
	public Part allocated(String kind, String amount, LocalDate on) {
		this.world.dao.allocation(this.id, new BigDecimal(amount), kind, on, this.world.currentFile(),
				this.world.nextLine());
		return this;
	}

	/** The paid amount the establishment's ledger states on the part. */
	public Part sourcePaid(String amount) {
		this.world.dao.sourcePaid(this.id, new BigDecimal(amount));
		return this;
	}

	/** A rise of the paid amount the current ledger states, seen on {@code on}. */
	public Part ledgerRise(String amount, LocalDate on) {
		this.world.dao.ledgerPayment(this.id, new BigDecimal(amount), on, this.world.currentFile());
		return this;
	}

	/**
	 * A payer return line of the current file on the part (status P paid, R rejected),
	 * matched, with its reject code when {@code code} is not null.
	 */
	public Part payerReturn(String payer, String claimed, String paid, char status, String code) {
		long file = this.world.currentFile();
		long remittance = this.world.dao.remittance(this.world.finess, payer, new BigDecimal(paid), file,
				this.world.nextLine());
		long line = this.world.dao.remittanceLine(remittance, this.id, payer, new BigDecimal(claimed),
				new BigDecimal(paid), String.valueOf(status), file, this.world.nextLine());
		if (code != null) {
			this.world.dao.remittanceCode(line, code);
		}
		return this;
	}

	/**
	 * The (insurer) part was billed in a B2 lot of {@code lotDate}, its expectation
	 * applied to it.
	 */
	public Part billedThroughB2(LocalDate lotDate) {
		this.world.dao.billedThroughB2(this.world.finess, this.id, lotDate, this.world.currentFile(),
				this.world.nextLine());
		return this;
	}

}
