package fr.relance.reconcile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ListableBeanFactory;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.establishment.internal.EstablishmentFileReader;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.FileImports;
import fr.relance.ingest.ImportContextFactory;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.intake.SourceFiles;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.PartState;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SampleWorldGenerator;

/**
 * One night of the engine on a generated world (establishments, intake, ingest,
 * reconciliation), and the comparison of every invoice part with the world's
 * {@code truth.csv}. Parts are keyed {@code finess;invoice;payer} and valued
 * {@code due;settled;status}. Shared by the accuracy test and its benchmark.
 */
public final class GeneratedWorldNight {

	private final ListableBeanFactory beans;

	public GeneratedWorldNight(ListableBeanFactory beans) {
		this.beans = beans;
	}

	/**
	 * Loads the world's establishments into the engine and copies their drop folders into
	 * the drop zone.
	 */
	public List<Establishment> establish(Path world) throws IOException {
		List<Establishment> establishments = new ArrayList<>();
		try (Stream<Path> files = Files.list(world.resolve("establishments"))) {
			files.sorted().forEach(f -> establishments.add(EstablishmentFileReader.read(f)));
		}
		this.beans.getBean(EstablishmentSync.class).sync(establishments);
		DropZone dropZone = this.beans.getBean(DropZone.class);
		for (Establishment e : establishments) {
			dropZone.prepare(e.finess());
			try (Stream<Path> files = Files.list(world.resolve("drop").resolve(e.finess()).resolve("in"))) {
				for (Path f : files.toList()) {
					Files.copy(f, dropZone.in(e.finess()).resolve(f.getFileName()));
				}
			}
		}
		return establishments;
	}

	/**
	 * Intake and every importer in its order, for each establishment; returns one line
	 * per file taken:
	 * {@code "<original name>: <rows imported> imported, <rows rejected> rejected"}.
	 */
	public List<String> ingest(List<Establishment> establishments, LocalDate night) {
		List<String> taken = new ArrayList<>();
		Jdbi jdbi = this.beans.getBean(Jdbi.class);
		List<FileImporter> importers = new ArrayList<>(this.beans.getBeansOfType(FileImporter.class).values());
		importers.sort(Comparator.comparingInt(FileImporter::order));
		for (Establishment e : establishments) {
			this.beans.getBean(FileIntake.class).take(e, night);
			for (FileImporter importer : importers) {
				for (SourceFile file : this.beans.getBean(SourceFiles.class).received(e.finess(), importer.kind())) {
					ImportOutcome outcome = this.beans.getBean(FileImports.class)
						.run(importer, file, e, new ImportContextFactory(night, jdbi));
					taken.add(file.originalName() + ": " + outcome.rowsImported() + " imported, "
							+ outcome.rowsRejected() + " rejected");
				}
			}
		}
		return taken;
	}

	/** Reconciliation of each establishment; returns the seconds it took. */
	public double reconcile(List<Establishment> establishments, LocalDate night) {
		long start = System.nanoTime();
		for (Establishment e : establishments) {
			this.beans.getBean(Reconciliation.class).reconcile(e, night);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** What the engine shows for every part of these establishments. */
	Map<String, String> engine(List<Establishment> establishments) {
		Map<String, String> rows = new TreeMap<>();
		for (Establishment e : establishments) {
			this.beans.getBean(Jdbi.class)
				.useHandle(h -> h.createQuery("""
						SELECT i.finess, i.invoice_number, b.payer, b.amount_due, b.amount_settled, b.status
						FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id
						WHERE i.finess = :f
						""")
					.bind("f", e.finess())
					.map((rs, ctx) -> rows.put(rs.getString(1) + ";" + rs.getString(2) + ";" + rs.getString(3),
							rs.getBigDecimal(4) + ";" + rs.getBigDecimal(5) + ";" + rs.getString(6)))
					.list());
		}
		return rows;
	}

	/** The world's truth.csv. */
	static Map<String, String> truth(Path world) throws IOException {
		Map<String, String> rows = new TreeMap<>();
		List<String> lines = Files.readAllLines(world.resolve("truth.csv"), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(";");
			rows.put(f[0] + ";" + f[1] + ";" + f[2], new BigDecimal(f[3]) + ";" + new BigDecimal(f[4]) + ";" + f[5]);
		}
		return rows;
	}

	/**
	 * The state of every part from the ledger alone (the same world without tonight's
	 * files).
	 */
	static Map<String, String> ledgerOnly(GenerationOptions options) {
		GenerationOptions without = options.withReturns(false);
		SampleWorldGenerator generator = new SampleWorldGenerator();
		Map<String, String> rows = new TreeMap<>();
		for (int i = 0; i < without.establishments(); i++) {
			SampleEstablishment establishment = generator.establishment(without, i);
			generator.invoices(without, establishment).forEach(invoice -> put(rows, invoice));
		}
		return rows;
	}

	private static void put(Map<String, String> rows, GeneratedInvoice invoice) {
		for (PartState row : invoice.expectedState()) {
			rows.put(invoice.finess() + ";" + invoice.invoiceNumber() + ";" + row.payer(),
					row.due() + ";" + row.settled() + ";" + row.status());
		}
	}

	/**
	 * Parts whose state tonight's files change (per the truth), parts the engine changed,
	 * and how many of them the engine got exactly right; plus every part where engine and
	 * truth differ ("key: expected X, got Y").
	 */
	record Score(long truthChanged, long engineChanged, long rightChanges, List<String> disagreements) {

		static Score of(Map<String, String> truth, Map<String, String> engine, Map<String, String> ledgerOnly) {
			long truthChanged = 0;
			long engineChanged = 0;
			long right = 0;
			List<String> disagreements = new ArrayList<>();
			TreeMap<String, String> keys = new TreeMap<>(truth);
			engine.forEach(keys::putIfAbsent);
			for (String key : keys.keySet()) {
				String expected = truth.get(key);
				String got = engine.get(key);
				String before = ledgerOnly.get(key);
				boolean truthMoved = expected != null && !expected.equals(before);
				boolean engineMoved = got != null && !got.equals(before);
				truthChanged += truthMoved ? 1 : 0;
				engineChanged += engineMoved ? 1 : 0;
				right += truthMoved && engineMoved && expected.equals(got) ? 1 : 0;
				if (expected == null || !expected.equals(got)) {
					disagreements.add(key + ": expected " + expected + ", got " + got);
				}
			}
			return new Score(truthChanged, engineChanged, right, disagreements);
		}

		double precision() {
			return this.engineChanged == 0 ? 1 : (double) this.rightChanges / this.engineChanged;
		}

		double recall() {
			return this.truthChanged == 0 ? 1 : (double) this.rightChanges / this.truthChanged;
		}

	}

}
