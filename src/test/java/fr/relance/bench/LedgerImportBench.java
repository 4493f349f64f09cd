package fr.relance.bench;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
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
 * Ledger import against a plain COPY of the same file, in the same run on the same database (ops/bench/ledger-import.sh).
 * Prints rows/s for both and the ratio; the target is an import within 2x the COPY time.
 */
public final class LedgerImportBench {

	private LedgerImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path work = Files.createTempDirectory("relance-ledger-bench");
		LocalDate night = LocalDate.of(2026, 11, 20);
		long t0 = System.nanoTime();
		new SampleWorldGenerator().generate(new GenerationOptions(1, invoices, 7, night, work.resolve("world"))
			.withProfiles(List.of("relance-standard")));
		Path establishmentFile = Files.list(work.resolve("world/establishments")).findFirst().orElseThrow();
		Establishment e = EstablishmentFileReader.read(establishmentFile);
		Path ledger = Files.list(work.resolve("world/drop").resolve(e.finess()).resolve("in")).findFirst().orElseThrow();
		System.out.printf(Locale.ROOT, "generated %,d invoices (%,d MB) in %.1f s%n", invoices, Files.size(ledger) >> 20,
				(System.nanoTime() - t0) / 1e9);

		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + work.resolve("home"),
				"--relance.establishments=" + work.resolve("world/establishments"), "--relance.intake.settle-delay=0s",
				"--logging.level.fr.relance=WARN", "--logging.level.fr.relance.ingest.ledger=DEBUG")) {
			double copySeconds = copy(ctx.getBean(DataSource.class), ledger);
			ctx.getBean(EstablishmentSync.class).sync(List.of(e));
			DropZone dropZone = ctx.getBean(DropZone.class);
			dropZone.prepare(e.finess());
			Files.copy(ledger, dropZone.in(e.finess()).resolve(ledger.getFileName()));
			Runtime.getRuntime().gc();
			long start = System.nanoTime();
			ctx.getBean(FileIntake.class).take(e, night);
			SourceFile file = ctx.getBean(SourceFiles.class).received(e.finess(), LedgerImporter.KIND).get(0);
			ImportOutcome outcome = ctx.getBean(FileImports.class).run(ctx.getBean(LedgerImporter.class), file, e,
					new ImportContextFactory(night, ctx.getBean(Jdbi.class)));
			double importSeconds = (System.nanoTime() - start) / 1e9;
			long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
			System.out.printf(Locale.ROOT, "COPY into an unlogged table : %,8.1f s  %,10.0f rows/s%n", copySeconds,
					invoices / copySeconds);
			System.out.printf(Locale.ROOT, "ledger import (intake+merge) : %,8.1f s  %,10.0f rows/s  (%,d imported, %,d rejected)%n",
					importSeconds, invoices / importSeconds, outcome.rowsImported(), outcome.rowsRejected());
			System.out.printf(Locale.ROOT, "import / COPY                : %8.2f x   (target: 2.00 x or less)%n",
					importSeconds / copySeconds);
			System.out.printf(Locale.ROOT, "heap in use after the import : %,d MB (max %,d MB)%n", heapMb,
					Runtime.getRuntime().maxMemory() >> 20);
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
			try (InputStream in = Files.newInputStream(ledger); Reader reader = new java.io.InputStreamReader(in,
					StandardCharsets.UTF_8)) {
				c.unwrap(PGConnection.class).getCopyAPI().copyIn(
						"COPY bench_copy FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", reader);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			st.execute("DROP TABLE bench_copy");
			return seconds;
		}
	}

}
