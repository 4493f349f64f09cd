package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;

import fr.relance.samples.GeneratedInvoice;

/** A CSV ledger: one row per invoice in the given layout. */
final class CsvLedger implements LedgerSink {

	private final PartFile file;

	private final CSVPrinter printer;

	private final CsvLayout layout;

	CsvLedger(Path target, CsvLayout layout) throws IOException {
		this.file = new PartFile(target, layout.charset(), layout.bom());
		this.printer = new CSVPrinter(this.file.writer(), layout.format());
		this.layout = layout;
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		this.printer.printRecord((Object[]) this.layout.row().apply(invoice));
	}

	@Override
	public Path commit() throws IOException {
		this.printer.flush();
		return this.file.commit();
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
