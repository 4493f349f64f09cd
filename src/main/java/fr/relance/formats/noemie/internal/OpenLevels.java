package fr.relance.formats.noemie.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieEvent;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.Transfer;
import fr.relance.formats.noemie.TransferClosed;

/**
 * The open levels of the hierarchy payee ({@code 040}) &gt; transfer ({@code 071}) &gt;
 * lot ({@code 080}) &gt; invoice ({@code 100}/{@code 102}) and their running totals.
 * Opening a level closes every level at or below it; closing a level rolls its totals up.
 * The control rules (our decision: docs/formats.md#noemie-controls) are here:
 * <ul>
 * <li>a {@code 990} first closes the open invoice, then closes the nearest open level
 * above it: the lot if one is open, else the transfer, else the payee;</li>
 * <li>for a lot it counts invoice returns and sums their AMO paid amounts ({@code 198},
 * signed); for a transfer it counts lots and sums the transfer net of retentions
 * ({@code 250}); for a payee it counts transfers and sums their nets;</li>
 * <li>the file total ({@code 999}) is the sum over all lots of AMO paid minus all
 * retentions, which is the sum of the transfers net of retentions.</li>
 * </ul>
 */
final class OpenLevels {

	private final Consumer<NoemieEvent> out;

	String payee;

	private boolean payeeOpen;

	private int payeeTransfers;

	private long payeeNet;

	Transfer transfer;

	private int transferLots;

	private long transferInvoices;

	private long transferPaid;

	private long transferRetained;

	private int transferSequence;

	private long transferRecord;

	LotState lot;

	private String pendingReturnType = "";

	InvoiceState invoice;

	int fileLots;

	long fileInvoices;

	private long filePaid;

	private long fileRetained;

	OpenLevels(Consumer<NoemieEvent> out) {
		this.out = out;
	}

	void openPayee(String number) {
		closePayee();
		payee = number;
		payeeOpen = true;
	}

	int nextTransferSequence() {
		closeTransfer();
		return ++transferSequence;
	}

	void openTransfer(Transfer opened, long recordNumber) {
		transfer = opened;
		transferRecord = recordNumber;
	}

	void openLot(String number, String dateRaw, LocalDate date) {
		closeLot();
		lot = new LotState(number, dateRaw, date, pendingReturnType);
		pendingReturnType = "";
	}

	/** A {@code 081} types the open lot, or the next one if none is open. */
	void returnType(String type) {
		closeInvoice();
		if (lot == null) {
			pendingReturnType = type;
		}
		else {
			lot.returnType(type);
		}
	}

	void retained(long cents) {
		closeInvoice();
		transferRetained += cents;
		fileRetained += cents;
	}

	void closeInvoice() {
		if (invoice != null) {
			lot.invoices++;
			lot.paid += invoice.amoPaidCents();
			fileInvoices++;
			out.accept(invoice.toReturn());
			invoice = null;
		}
	}

	void closeLot() {
		closeInvoice();
		if (lot != null) {
			transferLots++;
			transferInvoices += lot.invoices;
			transferPaid += lot.paid;
			filePaid += lot.paid;
			fileLots++;
			lot = null;
		}
	}

	void closeTransfer() {
		closeLot();
		if (transfer != null) {
			TransferClosed closed = new TransferClosed(transfer, transferLots, transferInvoices, transferPaid,
					transferRetained, transferRecord);
			payeeTransfers++;
			payeeNet += closed.netCents();
			out.accept(closed);
			transfer = null;
		}
		transferLots = 0;
		transferInvoices = 0;
		transferPaid = 0;
		transferRetained = 0;
	}

	void closePayee() {
		closeTransfer();
		payee = null;
		payeeOpen = false;
		payeeTransfers = 0;
		payeeNet = 0;
	}

	/**
	 * Applies a {@code 990}: checks then closes the nearest open level above the invoice.
	 */
	void control(long count, long sum) {
		ControlTotals expected = expectedControl();
		if (expected == null) {
			throw new EntityProblem(NoemieReason.OUT_OF_PLACE, NoemieLevel.FILE, 1, "990 with no open level to close");
		}
		check(expected.level(), count, expected.count(), sum, expected.sumCents());
		switch (expected.level()) {
			case LOT -> closeLot();
			case TRANSFER -> closeTransfer();
			default -> closePayee();
		}
	}

	/**
	 * What a {@code 990} written now should say (closes the open invoice first); null if
	 * nothing is open.
	 */
	ControlTotals expectedControl() {
		closeInvoice();
		if (lot != null) {
			return new ControlTotals(NoemieLevel.LOT, lot.invoices, lot.paid);
		}
		if (transfer != null) {
			return new ControlTotals(NoemieLevel.TRANSFER, transferLots, transferPaid - transferRetained);
		}
		return payeeOpen ? new ControlTotals(NoemieLevel.PAYEE, payeeTransfers, payeeNet) : null;
	}

	long fileNetCents() {
		return filePaid - fileRetained;
	}

	private static void check(NoemieLevel level, long declaredCount, long count, long declaredSum, long sum) {
		if (declaredCount != count) {
			throw new EntityProblem(NoemieReason.CONTROL_COUNT_MISMATCH, level, 23,
					"990 counts " + declaredCount + " item(s), " + count + " read");
		}
		if (declaredSum != sum) {
			throw new EntityProblem(NoemieReason.CONTROL_SUM_MISMATCH, level, 31,
					"990 sums " + declaredSum + " cents, " + sum + " read");
		}
	}

	/**
	 * The open lot; its {@link Lot} value is rebuilt only when a {@code 081} changes it.
	 */
	static final class LotState {

		private final String number;

		private final String dateRaw;

		private final LocalDate date;

		private Lot value;

		int invoices;

		long paid;

		LotState(String number, String dateRaw, LocalDate date, String returnType) {
			this.number = number;
			this.dateRaw = dateRaw;
			this.date = date;
			this.value = new Lot(number, dateRaw, date, returnType);
		}

		void returnType(String type) {
			value = new Lot(number, dateRaw, date, type);
		}

		Lot value() {
			return value;
		}

	}

}
