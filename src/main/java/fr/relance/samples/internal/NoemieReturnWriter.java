package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieWriter;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.PartStatus;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Retention;
import fr.relance.formats.noemie.Transfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;
import fr.relance.support.money.Amounts;

/**
 * Writes tonight's NOEMIE return of each establishment,
 * {@code drop/<FINESS>/in/noemie-<yyyyMMdd>.noemie}: the establishment's FINESS as
 * addressee, one CPAM transfer dated the day before, one lot, a {@code 102} per invoice
 * with a return ({@code 198} AMO, {@code 199} AMC in a coordinated payment, a {@code 294}
 * reject code on a rejected part), control totals computed by {@link NoemieWriter}. No
 * file for an establishment without returns.
 */
public final class NoemieReturnWriter implements WorldWriter {

	/**
	 * An undue payment of 12,34 EUR recovered on each transfer: every generated return
	 * carries one retention.
	 */
	static final long RETENTION_CENTS = 1234;

	private static final String SENDER = "99999999999999";

	private final GenerationOptions options;

	private final List<Path> files = new ArrayList<>();

	private SampleEstablishment establishment;

	private PartStream file;

	private NoemieWriter writer;

	private Transfer transfer;

	private Lot lot;

	public NoemieReturnWriter(GenerationOptions options) {
		this.options = options;
	}

	@Override
	public void beginEstablishment(SampleEstablishment value) {
		this.establishment = value;
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		List<PayerReturn> returns = invoice.settlement().returns();
		if (returns.isEmpty()) {
			return;
		}
		if (this.writer == null) {
			open();
		}
		this.writer.invoice(new InvoiceReturn(this.transfer, this.lot, invoice.payerNumber(), this.lot.number(),
				this.lot.creationDateRaw(), 'B', DropFiles.shortDate(invoice.invoiceDate()), "10", null, null,
				part(invoice.settlement().returnFor(Payer.AMO), null),
				part(invoice.settlement().returnFor(Payer.AMC), "0" + invoice.amcOrganisation()), rejects(returns),
				List.of(), 0));
	}

	private void open() throws IOException {
		LocalDate night = this.options.fileDate();
		LocalDate paidOn = night.minusDays(1);
		String finess = this.establishment.finess();
		this.file = new PartStream(
				DropFiles.in(this.options.outputDir(), this.establishment, "noemie-", night, ".noemie"));
		NoemieHeader header = new NoemieHeader("CP", SENDER, "TE", finess, "  ",
				"R" + Draws.digits(this.establishment.index(), 5), DropFiles.shortDate(night), night, "0580", "  ",
				'R');
		this.writer = new NoemieWriter(this.file.out(), header, LineEnd.CRLF);
		this.transfer = new Transfer(1, "000000" + finess, DropFiles.shortDate(paidOn), paidOn,
				"VIR CPAM 999 REF " + DropFiles.shortDate(paidOn) + Draws.digits(this.establishment.index(), 4),
				"DECOMPTE FICTIF", "CPAM999");
		this.lot = new Lot("001", DropFiles.shortDate(paidOn), paidOn, "01");
		this.writer.payee("000000" + finess).transfer(this.transfer).lot(this.lot);
	}

	private static Part part(PayerReturn ret, String organism) {
		if (ret == null) {
			return null;
		}
		PartStatus status = PartStatus.ofCode(ret.outcome().status()).orElseThrow();
		return new Part(Amounts.toCents(ret.claimed()), status, Amounts.toCents(ret.paid()), organism);
	}

	private static List<Reject> rejects(List<PayerReturn> returns) {
		List<Reject> rejects = new ArrayList<>(1);
		for (PayerReturn ret : returns) {
			if (!ret.code().isEmpty()) {
				rejects.add(new Reject(294, ret.code(), "MOTIF DE REJET FICTIF " + ret.code(), 'F',
						ret.payer() == Payer.AMC ? 'C' : 'O'));
			}
		}
		return rejects;
	}

	@Override
	public void endEstablishment(SampleEstablishment value) throws IOException {
		if (this.writer != null) {
			// the lot closes, then the CPAM recovers an earlier undue payment on this
			// transfer (retention, entity 250),
			// which the transfer's net amount and the file's total account for
			this.writer.control();
			this.writer.retention(new Retention(this.transfer, 1, "INDU" + Draws.digits(this.establishment.index(), 6),
					this.transfer.dateRaw(), "IND", "RPR", RETENTION_CENTS, 0, 0));
			this.writer.control().control().finish();
			this.files.add(this.file.commit());
		}
		this.writer = null;
		this.file = null;
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() throws IOException {
		if (this.file != null) {
			this.file.close();
		}
	}

}
