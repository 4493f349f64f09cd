package fr.relance.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fr.relance.samples.internal.B2BillingWriter;
import fr.relance.samples.internal.BankStatementWriter;
import fr.relance.samples.internal.EstablishmentFactory;
import fr.relance.samples.internal.NoemieReturnWriter;
import fr.relance.samples.internal.EstablishmentYamlWriter;
import fr.relance.samples.internal.InvoiceFactory;
import fr.relance.samples.internal.KpiTruthWriter;
import fr.relance.samples.internal.LedgerWriter;
import fr.relance.samples.internal.NextNightChanges;
import fr.relance.samples.internal.SettlementPlan;
import fr.relance.samples.internal.TruthCsvWriter;

/**
 * Generates a deterministic synthetic world: for each establishment its configuration,
 * its ledger in the drop zone (in the establishment's {@link LedgerExport}) and the
 * expected state of its invoice parts. Same options, same bytes. Invoices are produced
 * one at a time as a lazy stream and handed to every {@link WorldWriter}, so memory stays
 * flat whatever the size; each patient and invoice is derived from (seed, establishment,
 * index) alone.
 */
public final class SampleWorldGenerator {

	private final List<WorldWriter.Factory> writers;

	/** Generator with the {@link #standardWriters() standard writers}. */
	public SampleWorldGenerator() {
		this(standardWriters());
	}

	/** Generator with the given writers, e.g. the standard ones plus a NOEMIE writer. */
	public SampleWorldGenerator(List<WorldWriter.Factory> writers) {
		this.writers = List.copyOf(writers);
	}

	/**
	 * Establishment configuration (YAML), ledger (in each establishment's profile),
	 * tonight's NOEMIE return, B2 file and bank statement (only with
	 * {@link GenerationOptions#withReturns returns}), truth ({@code truth.csv}) and KPI
	 * truth ({@code kpi-truth.csv}, first night only) writers.
	 */
	public static List<WorldWriter.Factory> standardWriters() {
		return List.of(EstablishmentYamlWriter::new, LedgerWriter::new, NoemieReturnWriter::new, B2BillingWriter::new,
				BankStatementWriter::new, TruthCsvWriter::new, KpiTruthWriter::open);
	}

	/**
	 * Where the ledger of an establishment is written; the file name depends on its
	 * profile.
	 */
	public static Path ledgerPath(GenerationOptions options, SampleEstablishment establishment) {
		return LedgerWriter.ledgerPath(options.outputDir(), establishment, options.fileDate());
	}

	/**
	 * Establishment {@code index} (0-based) of the world these options describe, with its
	 * ledger profile.
	 */
	public SampleEstablishment establishment(GenerationOptions options, int index) {
		return EstablishmentFactory.establishment(options.seed(), index, options.ledgerProfile(index));
	}

	/**
	 * The establishment's invoices in number order, built lazily, one at a time; with
	 * returns, each carries its {@link Settlement} (planned first by passes that keep
	 * only small tables). On the next night, the first night's invoices with what changed
	 * (their first-night settlement as {@code earlier}), then the new ones.
	 */
	public Stream<GeneratedInvoice> invoices(GenerationOptions options, SampleEstablishment establishment) {
		int count = options.invoicesPerEstablishment();
		InvoiceFactory factory = new InvoiceFactory(options.seed(), establishment.index(), establishment.finess(),
				options.businessDate(), count);
		IntFunction<GeneratedInvoice> firstNight = factory::invoice;
		if (options.returnsFor(establishment)) {
			firstNight = SettlementPlan.prepare(options.seed(), establishment.index(), establishment.finess(),
					options.businessDate(), factory, count)::invoice;
		}
		if (!options.nextNight()) {
			return IntStream.range(0, count).mapToObj(firstNight);
		}
		NextNightChanges changes = new NextNightChanges(options.seed(), establishment.index(), options.fileDate(),
				options.returnsFor(establishment));
		IntFunction<GeneratedInvoice> first = firstNight;
		// new invoices come from the same factory (same patients), past the first night's
		return Stream.concat(IntStream.range(0, count).mapToObj(i -> changes.apply(first.apply(i), i)),
				IntStream.range(count, options.invoicesWritten()).mapToObj(factory::invoice));
	}

	/**
	 * Writes the whole world. Files of the same names are replaced; files of an earlier,
	 * larger run (other FINESS, other date) are left alone, so give a fresh directory
	 * when comparing runs.
	 */
	public GenerationReport generate(GenerationOptions options) throws IOException {
		long start = System.nanoTime();
		List<WorldWriter> open = new ArrayList<>(this.writers.size());
		Map<String, Integer> counts = new LinkedHashMap<>();
		try {
			for (WorldWriter.Factory factory : this.writers) {
				open.add(factory.open(options));
			}
			for (int index = 0; index < options.establishments(); index++) {
				SampleEstablishment establishment = establishment(options, index);
				counts.put(establishment.finess(), writeEstablishment(options, establishment, open));
			}
			for (WorldWriter writer : open) {
				writer.finish();
			}
		}
		catch (IOException | RuntimeException | Error failure) {
			closeAll(open, failure);
			throw failure;
		}
		closeAll(open, null);
		List<Path> files = open.stream().flatMap(writer -> writer.files().stream()).toList();
		return new GenerationReport(counts, files, Duration.ofNanos(System.nanoTime() - start));
	}

	private int writeEstablishment(GenerationOptions options, SampleEstablishment establishment,
			List<WorldWriter> writers) throws IOException {
		for (WorldWriter writer : writers) {
			writer.beginEstablishment(establishment);
		}
		int count = 0;
		for (Iterator<GeneratedInvoice> it = invoices(options, establishment).iterator(); it.hasNext();) {
			GeneratedInvoice invoice = it.next();
			for (WorldWriter writer : writers) {
				writer.write(invoice);
			}
			count++;
		}
		for (WorldWriter writer : writers) {
			writer.endEstablishment(establishment);
		}
		return count;
	}

	/**
	 * Closes every writer; after a failure, closing problems are attached to it rather
	 * than hiding it.
	 */
	private static void closeAll(List<WorldWriter> writers, Throwable failure) throws IOException {
		IOException first = null;
		for (WorldWriter writer : writers) {
			try {
				writer.close();
			}
			catch (IOException ex) {
				if (failure != null) {
					failure.addSuppressed(ex);
				}
				else if (first == null) {
					first = ex;
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
