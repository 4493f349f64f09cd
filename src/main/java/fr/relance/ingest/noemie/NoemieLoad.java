package fr.relance.ingest.noemie;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.NoemieEvent;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Retention;
import fr.relance.formats.noemie.Transfer;
import fr.relance.formats.noemie.TransferClosed;
import fr.relance.formats.noemie.UnknownEntity;

/**
 * Turns the events of one NOEMIE file into staged lines and remittances: a remittance per
 * transfer (AMC when the transfer carries only {@code 199} parts, else AMO), a line per
 * payer part of each return ({@code 198} AMO, {@code 199} AMC), a line per retention
 * ({@code 250}, negative), and the {@code 290}/{@code 294} codes on the part they concern
 * ({@code C} complementary: the AMC part when there is one; otherwise the AMO part).
 */
final class NoemieLoad {

	private final RemittanceStaging staging;

	private final Map<Integer, TransferTally> tallies = new HashMap<>();

	private final List<StagedRemittance> remittances = new ArrayList<>();

	private int items;

	private long unknownEntities;

	NoemieLoad(RemittanceStaging staging) {
		this.staging = staging;
	}

	void accept(NoemieEvent event) throws SQLException {
		if (event instanceof InvoiceReturn r) {
			invoice(r);
		}
		else if (event instanceof Retention r) {
			retention(r);
		}
		else if (event instanceof TransferClosed c) {
			closed(c);
		}
		else if (event instanceof UnknownEntity) {
			unknownEntities++;
		}
	}

	/**
	 * The transfers read, and a remittance without bank transfer (number 0, no reference
	 * nor date) for the returns found outside any {@code 071}, e.g. a file of rejects
	 * only.
	 */
	List<StagedRemittance> remittances() {
		TransferTally loose = tallies.get(0);
		if (loose == null) {
			return remittances;
		}
		List<StagedRemittance> all = new ArrayList<>(remittances);
		boolean amcOnly = loose.amoParts == 0 && loose.amcParts > 0;
		all.add(new StagedRemittance(0, loose.firstLine, amcOnly ? "AMC" : "AMO", null, null, null,
				amcOnly ? loose.amcPaidCents : loose.amoPaidCents));
		return all;
	}

	/** Invoice returns and retentions read. */
	int items() {
		return items;
	}

	long unknownEntities() {
		return unknownEntities;
	}

	private void invoice(InvoiceReturn r) throws SQLException {
		int item = ++items;
		Transfer transfer = r.transfer();
		String amoOrganisation = organisation(transfer);
		TransferTally tally = tally(transfer, r.recordNumber());
		if (r.amo() != null) {
			stagePart(r, item, "AMO", amoOrganisation, r.amo());
			tally.amoParts++;
			tally.amoPaidCents += r.amo().paidCents();
		}
		if (r.amc() != null) {
			String amc = r.amc().organism() == null || r.amc().organism().isBlank() ? amoOrganisation
					: r.amc().organism().strip();
			stagePart(r, item, "AMC", amc, r.amc());
			tally.amcParts++;
			tally.amcPaidCents += r.amc().paidCents();
		}
		if (r.amo() == null && r.amc() == null) {
			staging.part(new RemittanceStaging.Part(sequence(transfer), r.recordNumber(), item, null, amoOrganisation,
					r.invoiceNumber(), r.lotNumber(), r.lotDateRaw(), null, 0, null, null));
		}
		stageCodes(r, item);
	}

	/**
	 * A complementary ({@code C}) reject goes to the AMC part when there is one, any
	 * other to the first part.
	 */
	private void stageCodes(InvoiceReturn r, int item) throws SQLException {
		String defaultPart = r.amo() != null ? "AMO" : r.amc() != null ? "AMC" : null;
		for (Reject reject : r.rejects()) {
			String part = reject.part() == 'C' && r.amc() != null ? "AMC" : defaultPart;
			staging.code(
					new RemittanceStaging.Code(r.recordNumber(), item, part, reject.code(), blankToNull(reject.label()),
							blankToNull(String.valueOf(reject.level())), blankToNull(String.valueOf(reject.part()))));
		}
	}

	private void stagePart(InvoiceReturn r, int item, String payerPart, String organisation, Part part)
			throws SQLException {
		staging.part(new RemittanceStaging.Part(sequence(r.transfer()), r.recordNumber(), item, payerPart, organisation,
				r.invoiceNumber(), r.lotNumber(), r.lotDateRaw(), part.claimedCents(), part.paidCents(),
				part.status().code(), null));
	}

	private void retention(Retention r) throws SQLException {
		int item = ++items;
		tally(r.transfer(), r.recordNumber());
		staging.retention(new RemittanceStaging.Retention(r.transfer().sequence(), r.recordNumber(), item,
				organisation(r.transfer()), -r.amountCents(), blankToNull(r.debtReference()), r.debtDateRaw(),
				blankToNull(r.debtNature()), blankToNull(r.operation())));
	}

	private void closed(TransferClosed c) {
		Transfer transfer = c.transfer();
		TransferTally tally = tally(transfer, c.recordNumber());
		boolean amcOnly = tally.amoParts == 0 && tally.amcParts > 0;
		long net = amcOnly ? tally.amcPaidCents - c.retainedCents() : c.netCents();
		remittances.add(new StagedRemittance(transfer.sequence(), c.recordNumber(), amcOnly ? "AMC" : "AMO",
				organisation(transfer), reference(transfer), transfer.date(), net));
	}

	private TransferTally tally(Transfer transfer, long line) {
		return tallies.computeIfAbsent(sequence(transfer), s -> new TransferTally(line));
	}

	/** Returns outside any transfer belong to remittance 0. */
	private static int sequence(Transfer transfer) {
		return transfer == null ? 0 : transfer.sequence();
	}

	/** The bank label of the transfer: both 071 label lines, trimmed; null when blank. */
	static String reference(Transfer transfer) {
		String one = transfer.label1() == null ? "" : transfer.label1().strip();
		String two = transfer.label2() == null ? "" : transfer.label2().strip();
		String joined = two.isEmpty() ? one : (one + " " + two).strip();
		return joined.isEmpty() ? null : joined;
	}

	private static String organisation(Transfer transfer) {
		return transfer == null ? null : blankToNull(transfer.payer());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** What a transfer carried, to tell an AMC-only flow and its net amount. */
	private static final class TransferTally {

		final long firstLine;

		long amoParts;

		long amoPaidCents;

		long amcParts;

		long amcPaidCents;

		TransferTally(long firstLine) {
			this.firstLine = firstLine;
		}

	}

}
