package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.LedgerExport;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;

/**
 * Writes each establishment's receivables ledger in its own profile, as the establishment
 * would drop it: {@code drop/<FINESS>/in/ledger-<yyyyMMdd>.csv}, or
 * {@code drop/<FINESS>/in/FEC-<yyyyMMdd>.txt} for a FEC.
 */
public final class LedgerWriter implements WorldWriter {

	private final Path outputDir;

	private final LocalDate fileDate;

	private final List<Path> files = new ArrayList<>();

	private LedgerSink sink;

	public LedgerWriter(GenerationOptions options) {
		this.outputDir = options.outputDir();
		this.fileDate = options.fileDate();
	}

	/**
	 * Where the ledger of an establishment for night {@code date} goes (its name depends
	 * on the profile).
	 */
	public static Path ledgerPath(Path outputDir, SampleEstablishment establishment, LocalDate date) {
		return outputDir.resolve("drop")
			.resolve(establishment.finess())
			.resolve("in")
			.resolve(establishment.ledgerProfile().fileName(date));
	}

	@Override
	public void beginEstablishment(SampleEstablishment establishment) throws IOException {
		Path target = ledgerPath(this.outputDir, establishment, this.fileDate);
		LedgerExport profile = establishment.ledgerProfile();
		this.sink = profile == LedgerExport.FEC ? new FecLedger(target) : new CsvLedger(target, CsvLayout.of(profile));
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		this.sink.write(invoice);
	}

	@Override
	public void endEstablishment(SampleEstablishment establishment) throws IOException {
		this.files.add(this.sink.commit());
		this.sink = null;
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() throws IOException {
		if (this.sink != null) {
			this.sink.close();
		}
	}

}
