package fr.relance.ingest.noemie.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.FileImports;
import fr.relance.ingest.ImportContextFactory;
import fr.relance.ingest.ImportOutcome;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieFiles;
import fr.relance.formats.noemie.NoemieSamples;
import fr.relance.formats.noemie.NoemieWriter;
import fr.relance.formats.noemie.Transfer;
import fr.relance.intake.SourceFile;
import fr.relance.intake.internal.SourceFileDao;

/**
 * Throughput of the NOEMIE import; not part of the test suite (run
 * {@code ops/bench/noemie-import.sh [invoices]}). Writes a file of N invoice returns
 * (default 1,000,000; the mix of {@link NoemieSamples#invoice}: every return an AMO part,
 * every other one an AMC part, one in three rejected with two codes) with
 * {@link NoemieWriter}, starts the engine on an embedded PostgreSQL in a temporary home,
 * imports a small file to warm up, then times the import of the big one (parse, COPY to
 * staging, set-based posting, commit) next to a plain COPY of the same number of line and
 * code rows into the same tables (rolled back), and prints rows/s for both.
 */
public final class NoemieImportBench {

	static final String CLINIC = "750000010";

	private static final int LOT_SIZE = 10_000;

	private NoemieImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path home = Files.createTempDirectory("noemie-import-bench");
		Path big = home.resolve("big.noemie");
		long start = System.nanoTime();
		write(big, invoices, "BIG001", "REF BIG");
		System.out.printf(Locale.ROOT, "wrote %,d invoice returns, %,d MB in %.1f s%n", invoices, Files.size(big) >> 20,
				seconds(start));
		Path warm = home.resolve("warm.noemie");
		write(warm, Math.min(invoices, 20_000), "WARM01", "REF WARM");
		try (ConfigurableApplicationContext context = engine(home)) {
			context.getBean(EstablishmentSync.class).sync();
			Jdbi jdbi = context.getBean(Jdbi.class);
			importFile(context, register(jdbi, warm), "warm-up");
			BaselineCopy baseline = new BaselineCopy(context);
			SourceFile file = register(jdbi, big);
			ImportOutcome outcome = null;
			double before = baseline.run(file.id(), invoices);
			start = System.nanoTime();
			outcome = importFile(context, file, "import");
			double imported = seconds(start);
			double after = baseline.run(file.id(), invoices);
			long rows = baseline.lines() + baseline.codes();
			System.out.println("import note: " + outcome.note());
			report("plain COPY (before)", rows, before);
			report("NOEMIE import", rows, imported);
			report("plain COPY (after)", rows, after);
			System.out.printf(Locale.ROOT, "import / plain COPY: %.2fx (best COPY)%n",
					imported / Math.min(before, after));
		}
		finally {
			Files.deleteIfExists(big);
			Files.deleteIfExists(warm);
		}
	}

	private static ConfigurableApplicationContext engine(Path home) {
		SpringApplication application = new SpringApplication(RelanceApplication.class);
		application.setLogStartupInfo(false);
		return application.run("--relance.home=" + home, "--relance.embedded-db.fast=true", "--relance.jobs=jobs",
				"--relance.establishments=samples/establishments", "--logging.level.fr.relance=WARN");
	}

	static void write(Path file, int invoices, String fileId, String reference) throws Exception {
		Transfer transfer = NoemieFiles.amoTransfer(reference);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				NoemieWriter writer = new NoemieWriter(out, NoemieFiles.header(CLINIC, fileId), LineEnd.NONE)) {
			writer.payee("000000999999999").transfer(transfer);
			for (int n = 0; n < invoices; n++) {
				if (n % LOT_SIZE == 0) {
					if (n > 0) {
						writer.control();
					}
					writer.lot(new Lot(String.format("%03d", n / LOT_SIZE % 999 + 1), "250301",
							NoemieSamples.LOT.creationDate(), "01"));
				}
				InvoiceReturn r = NoemieSamples.invoice(n % 999);
				writer.invoice(new InvoiceReturn(transfer, r.lot(), String.format("%09d", n), r.lotNumber(),
						r.lotDateRaw(), r.invoiceType(), r.billingDateRaw(), r.natureAssurance(), r.insuredNir(),
						r.beneficiaryNir(), r.amo(), r.amc(), r.rejects(), r.lines(), 0));
			}
			writer.finish();
		}
	}

	private static SourceFile register(Jdbi jdbi, Path file) throws Exception {
		SourceFileDao dao = jdbi.onDemand(SourceFileDao.class);
		long id = dao.nextId();
		String sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
		dao.insertArriving(id, CLINIC, "noemie", file.getFileName().toString(), sha, Files.size(file),
				LocalDate.of(2031, 2, 3), "received", null, null, null, file.toString());
		dao.arrived(id, null);
		return dao.get(id);
	}

	private static ImportOutcome importFile(ConfigurableApplicationContext context, SourceFile file, String what) {
		FileImporter importer = context.getBeansOfType(FileImporter.class)
			.values()
			.stream()
			.filter(i -> i.kind().equals("noemie"))
			.findFirst()
			.orElseThrow();
		ImportOutcome outcome = context.getBean(FileImports.class)
			.run(importer, file, context.getBean(EstablishmentDirectory.class).find(CLINIC).orElseThrow(),
					new ImportContextFactory(LocalDate.of(2031, 2, 3), context.getBean(Jdbi.class)));
		if (outcome == null) {
			throw new IllegalStateException(what + ": the file was refused; see the log");
		}
		return outcome;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void report(String what, long rows, double seconds) {
		System.out.printf(Locale.ROOT, "%-20s %,10d rows in %6.2f s  %,12.0f rows/s%n", what, rows, seconds,
				rows / seconds);
	}

}
