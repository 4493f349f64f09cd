package fr.relance.samples.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.Payer;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.SamplePayment;
import fr.relance.samples.internal.FecLine.Entry;
import fr.relance.samples.internal.FecLine.Lettering;

/**
 * A ledger written as a Fichier des Écritures Comptables. The FEC carries the patient's
 * receivable only: the AMO and AMC parts are not on patient accounts, so the truth of a
 * FEC establishment lists PATIENT parts alone.
 * <p>
 * Per invoice, a sales entry (journal {@code VT}) debits account 411000 with the PATIENT
 * share on the patient's auxiliary account (CompAuxNum = patient id, CompAuxLib =
 * "LASTNAME Firstname", PieceRef = invoice number; no 411 line when the patient owes
 * nothing), debits the AMO and AMC shares on 467 accounts and credits the whole invoice
 * to revenue 706000. Each payment is a bank entry (journal {@code BQ}) debiting 512000
 * and crediting the payer's account: 411000 for the patient, same auxiliary account and
 * PieceRef. Every entry balances. When the patient share is fully paid, all its 411 lines
 * carry the same letter code (AA, AB ... ZZ, AAA ...), dated by the last patient payment,
 * or by the invoice when paid beforehand at the cash desk (nothing to match before the
 * invoice). Lines come invoice by invoice, not sorted by date: the generator streams and
 * keeps no invoice.
 */
final class FecLedger implements LedgerSink {

	private final PartFile file;

	private final FecLine lines;

	private long salesEntries;

	private long bankEntries;

	private long letterings;

	FecLedger(Path target) throws IOException {
		this.file = new PartFile(target);
		this.lines = new FecLine(this.file.writer());
		this.lines.header();
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		Lettering lettering = lettering(invoice);
		sale(invoice, lettering);
		for (SamplePayment payment : invoice.payments()) {
			payment(invoice, payment, lettering);
		}
	}

	private Lettering lettering(GeneratedInvoice invoice) {
		BigDecimal due = invoice.due(Payer.PATIENT);
		if (due.signum() == 0 || due.compareTo(invoice.paid(Payer.PATIENT)) != 0) {
			return Lettering.NONE;
		}
		LocalDate matched = invoice.invoiceDate();
		for (SamplePayment payment : invoice.payments()) {
			if (payment.payer() == Payer.PATIENT && payment.date().isAfter(matched)) {
				matched = payment.date();
			}
		}
		return new Lettering(letterCode(this.letterings++), LedgerFields.compactDate(matched));
	}

	private void sale(GeneratedInvoice invoice, Lettering lettering) throws IOException {
		Entry entry = new Entry("VT", "Ventes", "VT" + Draws.digits(++this.salesEntries, 9), invoice.invoiceDate(),
				invoice.invoiceNumber(), invoice.invoiceDate(), "Facture " + invoice.invoiceNumber());
		SamplePatient patient = invoice.patient();
		BigDecimal patientDue = invoice.due(Payer.PATIENT);
		if (patientDue.signum() > 0) {
			this.lines.write(entry, FecAccount.PATIENTS, patient.id(), auxLabel(patient), patientDue, null, lettering);
		}
		BigDecimal amo = invoice.due(Payer.AMO);
		if (amo.signum() > 0) {
			this.lines.write(entry, FecAccount.AMO, "", "", amo, null, Lettering.NONE);
		}
		BigDecimal amc = invoice.due(Payer.AMC);
		if (amc.signum() > 0) {
			String organisation = invoice.amcOrganisation();
			this.lines.write(entry, FecAccount.AMC, organisation, "Organisme " + organisation, amc, null,
					Lettering.NONE);
		}
		this.lines.write(entry, FecAccount.CARE_REVENUE, "", "", null, invoice.total(), Lettering.NONE);
	}

	private void payment(GeneratedInvoice invoice, SamplePayment payment, Lettering lettering) throws IOException {
		Entry entry = new Entry("BQ", "Banque", "BQ" + Draws.digits(++this.bankEntries, 9), payment.date(),
				invoice.invoiceNumber(), payment.date(),
				"Règlement " + (payment.payer() == Payer.PATIENT ? "patient" : payment.payer().name()) + " "
						+ invoice.invoiceNumber());
		BigDecimal amount = payment.amount();
		this.lines.write(entry, FecAccount.BANK, "", "", amount, null, Lettering.NONE);
		switch (payment.payer()) {
			case PATIENT -> this.lines.write(entry, FecAccount.PATIENTS, invoice.patient().id(),
					auxLabel(invoice.patient()), null, amount, lettering);
			case AMO -> this.lines.write(entry, FecAccount.AMO, "", "", null, amount, Lettering.NONE);
			case AMC -> this.lines.write(entry, FecAccount.AMC, invoice.amcOrganisation(),
					"Organisme " + invoice.amcOrganisation(), null, amount, Lettering.NONE);
		}
	}

	/** "ZORBAVEL Hélène": surnames are already upper case. */
	private static String auxLabel(SamplePatient patient) {
		return patient.lastName() + " " + patient.firstName();
	}

	/**
	 * Letter code number {@code n} (0-based): AA to ZZ, then AAA to ZZZ, and so on; never
	 * reused in a file.
	 */
	static String letterCode(long n) {
		int width = 2;
		long block = 26 * 26;
		long rest = n;
		while (rest >= block) {
			rest -= block;
			width++;
			block *= 26;
		}
		char[] code = new char[width];
		for (int i = width - 1; i >= 0; i--) {
			code[i] = (char) ('A' + rest % 26);
			rest /= 26;
		}
		return new String(code);
	}

	@Override
	public Path commit() throws IOException {
		return this.file.commit();
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
