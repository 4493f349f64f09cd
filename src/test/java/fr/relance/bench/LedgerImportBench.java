package fr.relance.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.establishment.internal.EstablishmentFileReader;
import fr.relance.ingest.FileImports;
import fr.relance.ingest.ImportContextFactory;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.ledger.LedgerImporter;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.intake.SourceFiles;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;

/**
 * Ledger import against a plain COPY of the same file, in the same run on the same
 * database (ops/bench/ledger-import.sh). Two imports are timed: a first load into an
 * empty establishment, then the next night's full snapshot of the same establishment in
 * which about 2 % of the lines changed (see {@link NightlySnapshot}). Prints rows/s, the
 * ratio to the COPY (target: 2x or less) and the heap peak of each.
 */
public final class LedgerImportBench {

	private LedgerImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path work = Files.createTempDirectory("relance-ledger-bench");
		try {
			run(invoices, work);
		}
		finally {
			delete(work);
		}
	}

	private static void run(int invoices, Path work) throws Exception {
		LocalDate night = LocalDate.of(2026, 11, 20);
		long t0 = System.nanoTime();
		new SampleWorldGenerator().generate(new GenerationOptions(1, invoices, 7, night, work.resolve("world"))
			.withProfiles(List.of("relance-standard")));
		Path establishmentFile = Files.list(work.resolve("world/establishments")).findFirst().orElseThrow();
		Establishment e = EstablishmentFileReader.read(establishmentFile);
		Path ledger = Files.list(work.resolve("world/drop").resolve(e.finess()).resolve("in"))
			.findFirst()
			.orElseThrow();
		Path nextNight = work.resolve("ledger-next-night.csv");
		NightlySnapshot.Changes changes = NightlySnapshot.write(ledger, nextNight);
		System.out.printf(Locale.ROOT, "generated %,d invoices (%,d MB) in %.1f s; next night's snapshot: %s%n",
				invoices, Files.size(ledger) >> 20, (System.nanoTime() - t0) / 1e9, changes);

		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		// fast mode unless -Dbench.durable=true (what real nights run): the README states
		// the cost of durability
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + work.resolve("home"),
				"--relance.embedded-db.fast=" + !Boolean.getBoolean("bench.durable"),
				"--relance.embedded-db.binaries=target/bench-postgres",
				"--relance.establishments=" + work.resolve("world/establishments"), "--relance.intake.settle-delay=0s",
				"--logging.level.fr.relance=WARN", "--logging.level.fr.relance.ingest.ledger=DEBUG")) {
			double copySeconds = copy(ctx.getBean(DataSource.class), ledger);
			ctx.getBean(EstablishmentSync.class).sync(List.of(e));
			Timed first = importFile(ctx, e, ledger, night);
			double rowsCopySeconds = copyOfTheRows(ctx.getBean(DataSource.class), e.finess(), work);
			aDayPasses(ctx.getBean(DataSource.class));
			Timed nightly = importFile(ctx, e, nextNight, night.plusDays(1));
			double nightlyCopySeconds = copy(ctx.getBean(DataSource.class), nextNight);
			System.out.printf(Locale.ROOT, "%n%-46s %8s %12s %9s %10s%n", "", "seconds", "rows/s", "x COPY",
					"heap peak");
			print("COPY into an unlogged table", copySeconds, invoices, copySeconds, -1);
			print("first load: import (parse, validate, merge)", first.importSeconds(), invoices, copySeconds,
					first.heapPeakMb());
			print("            with intake (hash, archive)", first.seconds(), invoices, copySeconds, -1);
			print("COPY of the rows the first load wrote", rowsCopySeconds, invoices, rowsCopySeconds, -1);
			System.out.printf(Locale.ROOT, "first load against the COPY of its rows: %.2fx (target 1.5x)%n",
					first.importSeconds() / rowsCopySeconds);
			print("COPY of the next night's file", nightlyCopySeconds, changes.lines(), nightlyCopySeconds, -1);
			print("nightly (2 % changed): import", nightly.importSeconds(), changes.lines(), nightlyCopySeconds,
					nightly.heapPeakMb());
			print("            with intake (hash, archive)", nightly.seconds(), changes.lines(), nightlyCopySeconds,
					-1);
			System.out.printf(Locale.ROOT,
					"first load: %s%nnightly:    %s%ntarget: import within 2.00 x COPY; heap max %,d MB%n",
					first.outcome(), nightly.outcome(), Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	/**
	 * Intake (hash, register, archive) then the import proper (parse, validate, stage,
	 * merge).
	 */
	private record Timed(double intakeSeconds, double importSeconds, long heapPeakMb, ImportOutcome outcome) {

		double seconds() {
			return intakeSeconds + importSeconds;
		}
	}

	private static Timed importFile(ConfigurableApplicationContext ctx, Establishment e, Path ledger, LocalDate night)
			throws Exception {
		DropZone dropZone = ctx.getBean(DropZone.class);
		dropZone.prepare(e.finess());
		Files.copy(ledger, dropZone.in(e.finess()).resolve(ledger.getFileName()));
		Runtime.getRuntime().gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		ctx.getBean(FileIntake.class).take(e, night);
		double intake = (System.nanoTime() - start) / 1e9;
		SourceFile file = ctx.getBean(SourceFiles.class).received(e.finess(), LedgerImporter.KIND).get(0);
		ImportOutcome outcome = ctx.getBean(FileImports.class)
			.run(ctx.getBean(LedgerImporter.class), file, e, new ImportContextFactory(night, ctx.getBean(Jdbi.class)));
		double seconds = (System.nanoTime() - start) / 1e9 - intake;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() >> 20;
		return new Timed(intake, seconds, peak, outcome);
	}

	/**
	 * What the database does between two nights, not timed: autovacuum visits the tables
	 * the first load filled and a checkpoint writes its pages. Without it, both would run
	 * during the nightly import and take a core from it.
	 */
	private static void aDayPasses(DataSource dataSource) throws Exception {
		long start = System.nanoTime();
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			st.execute("VACUUM ANALYZE patient, invoice, invoice_part");
			st.execute("CHECKPOINT");
		}
		System.out.printf(Locale.ROOT, "between the two nights (not timed): VACUUM ANALYZE and CHECKPOINT, %.1f s%n",
				(System.nanoTime() - start) / 1e9);
	}

	private static void print(String what, double seconds, long rows, double copySeconds, long heapMb) {
		System.out.printf(Locale.ROOT, "%-46s %8.1f %,12.0f %8.2fx %10s%n", what, seconds, rows / seconds,
				seconds / copySeconds, heapMb < 0 ? "" : heapMb + " MB");
	}

	/**
	 * The fair anchor of a first load: the same rows (patients, invoices, parts) dumped
	 * with COPY TO, then timed while COPY loads them into empty copies of their tables,
	 * in one transaction, with the tables' indexes, constraints and foreign keys (the
	 * keys to patient and invoice point to the copies).
	 */
	private static double copyOfTheRows(DataSource dataSource, String finess, Path work) throws Exception {
		Map<String, String> dumps = new LinkedHashMap<>();
		dumps.put("patient", "SELECT * FROM patient WHERE finess = '" + finess + "'");
		dumps.put("invoice", "SELECT * FROM invoice WHERE finess = '" + finess + "'");
		dumps.put("invoice_part", "SELECT p.* FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id"
				+ " WHERE i.finess = '" + finess + "'");
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			st.execute("DROP SCHEMA IF EXISTS bench_anchor CASCADE; CREATE SCHEMA bench_anchor");
			List<String> keys = new ArrayList<>();
			for (String table : dumps.keySet()) {
				st.execute("CREATE TABLE bench_anchor." + table + " (LIKE public." + table + " INCLUDING ALL)");
				try (ResultSet rs = st
					.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'"
							+ " AND conrelid = 'public." + table + "'::regclass")) {
					while (rs.next()) {
						keys.add("ALTER TABLE bench_anchor." + table + " ADD " + rs.getString(1));
					}
				}
				try (OutputStream out = Files.newOutputStream(work.resolve(table + ".copy"))) {
					copy.copyOut("COPY (" + dumps.get(table) + ") TO STDOUT (FORMAT binary)", out);
				}
			}
			st.execute("SET search_path = bench_anchor, public"); // the keys to patient
																	// and invoice: the
																	// copies
			for (String key : keys) {
				st.execute(key);
			}
			st.execute("CHECKPOINT");
			c.setAutoCommit(false);
			long start = System.nanoTime();
			for (String table : dumps.keySet()) {
				try (InputStream in = Files.newInputStream(work.resolve(table + ".copy"))) {
					copy.copyIn("COPY bench_anchor." + table + " FROM STDIN (FORMAT binary)", in);
				}
			}
			c.commit();
			double seconds = (System.nanoTime() - start) / 1e9;
			c.setAutoCommit(true);
			st.execute("RESET search_path; DROP SCHEMA bench_anchor CASCADE");
			return seconds;
		}
	}

	private static double copy(DataSource dataSource, Path ledger) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			StringBuilder columns = new StringBuilder();
			for (int i = 1; i <= 24; i++) {
				columns.append(i == 1 ? "" : ", ").append("c").append(i).append(" text");
			}
			st.execute("CREATE UNLOGGED TABLE IF NOT EXISTS bench_copy (" + columns + ")");
			long start = System.nanoTime();
			try (InputStream in = Files.newInputStream(ledger);
					Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
				c.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", reader);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			st.execute("DROP TABLE bench_copy");
			return seconds;
		}
	}

	private static void delete(Path work) throws Exception {
		try (Stream<Path> paths = Files.walk(work)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/**
	 * The next night's full snapshot of a generated standard-profile ledger: per 1,000
	 * lines, 10 patient payments posted (an amount correction), 5 new addresses, 3 lines
	 * gone (settled at the source: the snapshot closes them) and 3 new invoices, the rest
	 * byte for byte the same.
	 */
	static final class NightlySnapshot {

		record Changes(long lines, long paid, long moved, long gone, long added) {

			@Override
			public String toString() {
				return String.format(Locale.ROOT, "%,d lines, %,d paid, %,d new addresses, %,d gone, %,d new invoices",
						lines, paid, moved, gone, added);
			}
		}

		private static final int PATIENT_DUE = 19;

		private static final int PATIENT_PAID = 22;

		static Changes write(Path from, Path to) throws Exception {
			long lines = 0;
			long paid = 0;
			long moved = 0;
			long gone = 0;
			long added = 0;
			try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
					BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
				out.write(in.readLine());
				out.write("\r\n");
				String line;
				for (long n = 0; (line = in.readLine()) != null; n++) {
					String[] f = line.split(";", -1);
					int slot = (int) (n % 1000);
					if (line.indexOf('"') >= 0 || f.length != 24) {
						out.write(line);
					}
					else if (slot < 10) {
						f[PATIENT_PAID] = f[PATIENT_DUE];
						out.write(String.join(";", f));
						paid++;
					}
					else if (slot < 15) {
						f[5] = (n % 97 + 1) + " avenue du Bench";
						out.write(String.join(";", f));
						moved++;
					}
					else if (slot < 18) {
						gone++;
						continue;
					}
					else {
						out.write(line);
						if (slot < 21) {
							out.write("\r\n");
							f[1] = f[1] + "N";
							out.write(String.join(";", f));
							added++;
							lines++;
						}
					}
					out.write("\r\n");
					lines++;
				}
			}
			return new Changes(lines, paid, moved, gone, added);
		}

	}

}
