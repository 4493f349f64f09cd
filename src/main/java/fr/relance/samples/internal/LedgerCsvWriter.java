package fr.relance.samples.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.LedgerColumn;
import fr.relance.samples.LedgerFlag;
import fr.relance.samples.Payer;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.WorldWriter;

/**
 * Writes each establishment's receivables ledger in the standard profile, as the establishment would drop it:
 * {@code drop/<FINESS>/in/ledger-<yyyyMMdd>.csv}.
 */
public final class LedgerCsvWriter implements WorldWriter {

	/** The standard profile: {@code ;}, CRLF, quotes only where a field needs them, header from the contract. */
	public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.MINIMAL)
		.setHeader(LedgerColumn.headers())
		.get();

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Path outputDir;

	private final LocalDate businessDate;

	private final List<Path> files = new ArrayList<>();

	private PartFile file;

	private CSVPrinter printer;

	public LedgerCsvWriter(GenerationOptions options) {
		this.outputDir = options.outputDir();
		this.businessDate = options.businessDate();
	}

	/** Where the ledger of an establishment goes. */
	public static Path ledgerPath(Path outputDir, String finess, LocalDate businessDate) {
		return outputDir.resolve("drop").resolve(finess).resolve("in")
			.resolve("ledger-" + FILE_DATE.format(businessDate) + ".csv");
	}

	@Override
	public void beginEstablishment(SampleEstablishment establishment) throws IOException {
		this.file = new PartFile(ledgerPath(this.outputDir, establishment.finess(), this.businessDate));
		this.printer = new CSVPrinter(this.file.writer(), FORMAT);
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		this.printer.printRecord((Object[]) row(invoice));
	}

	/** The invoice as ledger fields, in {@link LedgerColumn} order. */
	public static String[] row(GeneratedInvoice invoice) {
		SamplePatient patient = invoice.patient();
		return new String[] { invoice.finess(), invoice.invoiceNumber(), patient.id(), patient.lastName(),
				patient.firstName(), patient.address().line1(), patient.address().line2(), patient.address().postcode(),
				patient.address().city(), patient.phone(), patient.email(), date(patient.birthDate()),
				date(invoice.careDate()), date(invoice.invoiceDate()), date(invoice.dueDate()), amount(invoice.total()),
				amount(invoice.due(Payer.AMO)), amount(invoice.due(Payer.AMC)), invoice.amcOrganisation(),
				amount(invoice.due(Payer.PATIENT)), amount(invoice.paid(Payer.AMO)), amount(invoice.paid(Payer.AMC)),
				amount(invoice.paid(Payer.PATIENT)),
				invoice.flags().stream().map(LedgerFlag::code).collect(Collectors.joining("|")) };
	}

	@Override
	public void endEstablishment(SampleEstablishment establishment) throws IOException {
		this.printer.flush();
		this.files.add(this.file.commit());
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

	/** dd/MM/yyyy without going through a formatter: millions of dates per run. */
	private static String date(LocalDate date) {
		return Draws.digits(date.getDayOfMonth(), 2) + "/" + Draws.digits(date.getMonthValue(), 2) + "/"
				+ date.getYear();
	}

	private static String amount(BigDecimal euros) {
		return euros.toPlainString().replace('.', ',');
	}

}
