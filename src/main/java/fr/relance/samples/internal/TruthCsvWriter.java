package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.PartState;
import fr.relance.samples.Payer;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;

/**
 * Writes {@code truth.csv}: the expected final state of every invoice part (one row per
 * payer owing more than zero, plus a patient part with nothing due that a transfer to the
 * patient creates), for tests and demos to compare with what the engine computed after
 * one night (both nights, for a next-night world): see {@link ExpectedParts} for the
 * exact rules. Without payer and bank files the state comes from the ledger's paid
 * columns alone: settled equal to due is {@code paid}, anything else {@code open}. An
 * establishment whose ledger profile can only express the patient's part (FEC) gets its
 * PATIENT rows only.
 */
public final class TruthCsvWriter implements WorldWriter {

	public static final String[] HEADER = { "finess", "invoice_number", "payer", "amount_due", "amount_settled",
			"status" };

	public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader(HEADER)
		.get();

	private final PartFile file;

	private final CSVPrinter printer;

	private final List<Path> files = new ArrayList<>(1);

	private boolean patientShareOnly;

	public TruthCsvWriter(GenerationOptions options) throws IOException {
		this.file = new PartFile(options.outputDir().resolve("truth.csv"));
		this.printer = new CSVPrinter(this.file.writer(), FORMAT);
	}

	@Override
	public void beginEstablishment(SampleEstablishment establishment) {
		this.patientShareOnly = establishment.ledgerProfile().patientShareOnly();
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		for (PartState row : ExpectedParts.of(invoice)) {
			if (this.patientShareOnly && row.payer() != Payer.PATIENT) {
				continue;
			}
			this.printer.printRecord(invoice.finess(), invoice.invoiceNumber(), row.payer().name(),
					row.due().toPlainString(), row.settled().toPlainString(), row.status());
		}
	}

	@Override
	public void finish() throws IOException {
		this.printer.flush();
		this.files.add(this.file.commit());
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
