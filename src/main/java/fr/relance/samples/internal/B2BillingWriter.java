package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.b2.B2Header;
import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.b2.B2Line;
import fr.relance.formats.b2.B2Lot;
import fr.relance.formats.b2.B2Writer;
import fr.relance.formats.b2.ExpectedSplit;
import fr.relance.formats.b2.InvoiceKey;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.Payer;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;
import fr.relance.support.money.Amounts;

/**
 * Writes the B2 file (CP layout) that billed each establishment's recent invoices,
 * {@code drop/<FINESS>/in/b2-<yyyyMMdd>.b2}: lots of {@value #LOT_SIZE} invoices sent the
 * day before, each invoice with the ledger's split (AMO, AMC, patient share before AMC =
 * patient + AMC, total) and one hospital line. At most 999 lots (the {@code 999} record
 * counts them on three digits); later invoices are left unbilled.
 */
public final class B2BillingWriter implements WorldWriter {

	static final int LOT_SIZE = 500;

	private static final int MAX_LOTS = 999;

	private static final String FAKE_NIR = "299129999999911";

	private final GenerationOptions options;

	private final List<Path> files = new ArrayList<>();

	private SampleEstablishment establishment;

	private PartStream file;

	private B2Writer writer;

	private B2Lot lot;

	private int lots;

	private int inLot;

	public B2BillingWriter(GenerationOptions options) {
		this.options = options;
	}

	@Override
	public void beginEstablishment(SampleEstablishment value) {
		this.establishment = value;
		this.lots = 0;
		this.inLot = 0;
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		if (!invoice.settlement().billed() || (this.lots == MAX_LOTS && this.inLot == LOT_SIZE)) {
			return;
		}
		if (this.writer == null) {
			open();
		}
		if (this.lot == null || this.inLot == LOT_SIZE) {
			nextLot();
		}
		this.writer.invoice(b2Invoice(invoice));
		this.inLot++;
	}

	private void open() throws IOException {
		LocalDate night = this.options.fileDate();
		this.file = new PartStream(DropFiles.in(this.options.outputDir(), this.establishment, "b2-", night, ".b2"));
		B2Header header = new B2Header("TE", "00000" + this.establishment.finess(), "CP", "99999999999999",
				"F" + Draws.digits(this.establishment.index(), 5), DropFiles.shortDate(night), "CP  ", "B2");
		this.writer = new B2Writer(this.file.out(), header, LineEnd.CRLF);
	}

	private void nextLot() {
		if (this.lot != null) {
			this.writer.endLot('R');
		}
		LocalDate sent = this.options.fileDate().minusDays(1);
		String name = this.establishment.legalName();
		this.lots++;
		this.lot = new B2Lot(this.establishment.finess(), "999", Draws.digits(this.lots, 3), DropFiles.shortDate(sent),
				sent, name.length() > 40 ? name.substring(0, 40) : name, 'U', 0);
		this.writer.lot(this.lot);
		this.inLot = 0;
	}

	private B2Invoice b2Invoice(GeneratedInvoice invoice) {
		long amo = Amounts.toCents(invoice.due(Payer.AMO));
		long amc = Amounts.toCents(invoice.due(Payer.AMC));
		long patient = Amounts.toCents(invoice.due(Payer.PATIENT));
		long total = Amounts.toCents(invoice.total());
		String amcNumber = invoice.amcOrganisation().isEmpty() ? "0000000000" : "0" + invoice.amcOrganisation();
		return new B2Invoice(
				new InvoiceKey(this.establishment.finess(), this.lot.lotNumber(), this.lot.lotDateRaw(),
						invoice.payerNumber()),
				B2Layout.CP, FAKE_NIR, "000", invoice.payerNumber(), "019999999", "10",
				DropFiles.shortDate(invoice.careDate()), DropFiles.shortDate(invoice.careDate()), "  ", amcNumber, null,
				1, 1, List.of(new B2Line('3', amo, amc, total, 0)), new ExpectedSplit(amo, amc, patient + amc, total),
				List.of(), 0);
	}

	@Override
	public void endEstablishment(SampleEstablishment value) throws IOException {
		if (this.writer != null) {
			this.writer.endLot('R').finish();
			this.files.add(this.file.commit());
		}
		this.writer = null;
		this.file = null;
		this.lot = null;
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
