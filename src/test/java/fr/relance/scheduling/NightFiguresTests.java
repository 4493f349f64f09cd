package fr.relance.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.NoemieFiles;
import fr.relance.intake.Detection;
import fr.relance.intake.DropZone;
import fr.relance.intake.FormatDetector;
import fr.relance.intake.SourceFile;
import fr.relance.support.batch.FileLine;
import fr.relance.support.batch.RunSummary;
import fr.relance.support.batch.StageLine;
import fr.relance.support.config.RelanceProperties;

/**
 * The run summary says what the reports say: every figure equals the rows of the report
 * it summarises, and after a failed attempt and a rerun the figures cover the whole
 * night.
 */
@EngineTest
@Import(NightFiguresTests.FailingOnce.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightFiguresTests {

	static final String CLINIC = "750000010";

	static final String HOSPITAL = "670000025";

	static final String LEDGER_HEADER = "finess;invoice_number;patient_id;last_name;first_name;address_line1;"
			+ "address_line2;postcode;city;phone;email;birth_date;care_date;invoice_date;due_date;total;amo_due;amc_due;"
			+ "amc_org;patient_due;amo_paid;amc_paid;patient_paid;flags\r\n";

	@Autowired
	NightlyRunner nightly;

	@Autowired
	DropZone dropZone;

	@Autowired
	RelanceProperties properties;

	@Autowired
	FailingOnce probe;

	@Test
	@Order(1)
	void everyFigureOfTheSummaryIsTheNumberOfRowsOfItsReport() throws Exception {
		LocalDate night = LocalDate.of(2026, 11, 20);
		copyTree(Path.of("samples/drop"), dropZone.root());
		// a NOEMIE return whose retention (250) names no invoice, with an odd
		// continuation flag on a middle record
		byte[] noemie = NoemieFiles.twoTransfers(CLINIC, "RFIG01", "REF FIG01", LineEnd.CRLF, 0);
		noemie[2 * 130] = '7';
		Files.write(dropZone.in(CLINIC).resolve("retour-retenue.noemie"), noemie);
		// a ledger whose third line names the hospital: refused at import, counted as
		// quarantined by intake
		Files.writeString(
				dropZone.in(CLINIC).resolve("ledger-mixte.csv"), LEDGER_HEADER + ledgerLine(CLINIC, "F260009001")
						+ ledgerLine(CLINIC, "F260009002") + ledgerLine(HOSPITAL, "F260009003"),
				StandardCharsets.UTF_8);
		// a ledger with too many bad lines: refused at import, its report quotes the
		// first ones
		Files.writeString(dropZone.in(CLINIC).resolve("ledger-casse.csv"),
				LEDGER_HEADER + ledgerLine(CLINIC, "F260009101") + ledgerLine(CLINIC, "") + ledgerLine(CLINIC, ""),
				StandardCharsets.UTF_8);
		// the sample ledger again under another name: a duplicate
		Files.copy(dropZone.in(CLINIC).resolve("ledger-20261120.csv"), dropZone.in(CLINIC).resolve("ledger-copie.csv"));

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		RunSummary summary = outcome.summary();
		List<FileLine> files = summary.files();

		StageLine intake = stage(summary, "intake");
		long quarantined = files.stream().filter(f -> f.status().equals("quarantined")).count();
		assertThat(quarantined).isEqualTo(3); // the meeting notes at intake, the mixed
												// and the broken ledgers at import
		assertThat(intake.rejected()).isEqualTo(quarantined);
		assertThat(intake.figures()).containsEntry("quarantined", quarantined)
			.containsEntry("refusedAtImport", 2L)
			.containsEntry("duplicates", files.stream().filter(f -> f.status().equals("duplicate")).count())
			.containsEntry("duplicates", 1L);
		assertThat(intake.read()).isEqualTo(files.size());
		assertThat(reasonFiles(night)).isEqualTo(quarantined);
		assertThat(intake.note()).contains("3 quarantined (2 refused at import)");

		StageLine ingest = stage(summary, "ingest");
		assertThat(ingest.figures()).containsEntry("warnings", 1L).containsEntry("filesRefused", 2L);
		long reportRows = 0;
		for (FileLine f : files) {
			// the import's reports: intake wrote those of the duplicate and of the file
			// it quarantined itself
			boolean byIntake = f.status().equals("duplicate") || f.name().equals("compte-rendu-reunion.txt");
			if (f.errorReport() != null && !byIntake) {
				reportRows += rows(Path.of(f.errorReport()));
			}
		}
		assertThat(reportRows).isGreaterThan(5);
		assertThat(ingest.figures()).containsEntry("errorReportRows", reportRows);
		long rowsRejected = files.stream().map(FileLine::rowsRejected).filter(Objects::nonNull).mapToLong(r -> r).sum();
		assertThat(ingest.figures()).containsEntry("rowsRejected", rowsRejected);
		assertThat(ingest.rejected()).isEqualTo(rowsRejected + 2);

		StageLine reconcile = stage(summary, "reconcile");
		long unmatched = reportRows(night, "retours-non-rapproches.csv");
		assertThat(unmatched).isGreaterThanOrEqualTo(2); // an unknown invoice of the
															// samples, and the retention
		assertThat(reconcile.figures()).containsEntry("unmatchedReturns", unmatched)
			.containsEntry("rebilling", reportRows(night, "a-refacturer.csv"))
			.containsEntry("paymentsInSuspense", reportRows(night, "paiements-en-attente.csv"))
			.containsEntry("credits", reportRows(night, "trop-percus.csv"))
			.containsEntry("postedBack", reportRows(night, "paiements-a-saisir.csv"));
		assertThat(reconcile.figures().get("postedBack")).isPositive();
		assertThat(reconcile.note()).contains("listed: " + unmatched + " payer return lines unmatched");

		StageLine dunning = stage(summary, "dunning");
		// one note per establishment: "<finess>: <n> cases: ..."
		Matcher cases = Pattern.compile("\\d{9}: (\\d+) cases").matcher(dunning.note());
		long decided = 0;
		while (cases.find()) {
			decided += Long.parseLong(cases.group(1));
		}
		assertThat(decided).isPositive()
			.isEqualTo(rows(properties.out().resolve(night.toString()).resolve("dunning-decisions.csv")));

		assertThat(Files.readString(outcome.summaryFile())).contains("\"unmatchedReturns\" : " + unmatched);
	}

	@Test
	@Order(2)
	void afterAFailedAttemptAndARerunTheFiguresCoverTheWholeNight() throws Exception {
		LocalDate night = LocalDate.of(2026, 11, 21);
		dropZone.prepare(CLINIC);
		StringBuilder ledger = new StringBuilder(LEDGER_HEADER);
		for (int i = 1; i <= 10; i++) {
			ledger.append(ledgerLine(CLINIC, String.format("F2610000%02d", i)));
		}
		ledger.append(ledgerLine(CLINIC, "")); // no invoice number: rejected, under the
												// profile's 10 % threshold
		Files.writeString(dropZone.in(CLINIC).resolve("ledger-21.csv"), ledger, StandardCharsets.UTF_8);
		Files.writeString(dropZone.in(CLINIC).resolve("probe.txt"), "PROBEFMT;" + CLINIC + ";night 21\n");
		probe.failNext.set(true);

		NightOutcome first = nightly.run(night);

		assertThat(first.completed()).isFalse();
		assertThat(stage(first.summary(), "ingest").status()).isEqualTo("FAILED");

		NightOutcome second = nightly.run(night);

		assertThat(second.completed()).isTrue();
		assertThat(second.summary().attempt()).isEqualTo(2);
		List<FileLine> files = second.summary().files();
		assertThat(files).extracting(FileLine::name).containsExactlyInAnyOrder("ledger-21.csv", "probe.txt");
		StageLine ingest = stage(second.summary(), "ingest");
		assertThat(ingest.read()).isEqualTo(files.stream().mapToLong(f -> f.rowsRead()).sum()).isEqualTo(11 + 3);
		assertThat(ingest.written()).isEqualTo(files.stream().mapToLong(f -> f.rowsImported()).sum()).isEqualTo(10 + 3);
		assertThat(ingest.rejected()).isEqualTo(1);
		assertThat(ingest.figures()).containsEntry("files", 2L).containsEntry("rowsRejected", 1L);
		assertThat(ingest.note()).contains(CLINIC + ": 2 files: 0 refused whole; 0 held; rows: 1 rejected");
		StageLine intake = stage(second.summary(), "intake");
		assertThat(intake.read()).isEqualTo(2);
		assertThat(intake.written()).isEqualTo(2);
	}

	private static String ledgerLine(String finess, String invoice) {
		return String.join(";", finess, invoice, "900" + (invoice.isEmpty() ? "000" : invoice.substring(7)),
				"FICTIF-FIGURE", "Anne", "1 rue du Test", "", "75015", "Paris", "", "", "01/02/1960", "02/10/2026",
				"02/10/2026", "", "50,00", "0,00", "0,00", "", "50,00", "0,00", "0,00", "0,00", "") + "\r\n";
	}

	private static StageLine stage(RunSummary summary, String name) {
		return summary.stages().stream().filter(s -> s.stage().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * Rows of one report of the night, summed over every establishment's {@code out/}.
	 */
	private long reportRows(LocalDate night, String report) throws IOException {
		long total = 0;
		for (String finess : List.of(CLINIC, HOSPITAL)) {
			Path file = dropZone.out(finess).resolve(night + "-" + report);
			total += Files.exists(file) ? rows(file) : 0;
		}
		return total;
	}

	private long reasonFiles(LocalDate night) throws IOException {
		long total = 0;
		for (String finess : List.of(CLINIC, HOSPITAL)) {
			Path dir = dropZone.quarantine(finess);
			if (Files.isDirectory(dir)) {
				try (Stream<Path> files = Files.list(dir)) {
					total += files.filter(f -> f.getFileName().toString().endsWith(".reason.txt")).count();
				}
			}
		}
		return total;
	}

	/** Data rows of a CSV report (header excluded), read as a spreadsheet would. */
	private static long rows(Path csv) throws IOException {
		String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
		char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.DEFAULT.builder()
						.setDelimiter(delimiter)
						.setHeader()
						.setSkipHeaderRecord(true)
						.get())
					.get()) {
			return parser.stream().count();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path p : paths.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

	/**
	 * A kind of file whose import fails the first time it is tried: a stage that fails,
	 * then resumes.
	 */
	@TestConfiguration
	static class FailingOnce {

		final AtomicBoolean failNext = new AtomicBoolean();

		@Bean
		FormatDetector probeDetector() {
			return (head, establishment) -> {
				String text = head.text(StandardCharsets.US_ASCII);
				return text.startsWith("PROBEFMT;") ? Optional.of(Detection.accepted("probe", text.split(";")[1]))
						: Optional.empty();
			};
		}

		@Bean
		FileImporter probeImporter() {
			return new FileImporter() {

				@Override
				public String kind() {
					return "probe";
				}

				@Override
				public int order() {
					return 90;
				}

				@Override
				public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
					if (failNext.getAndSet(false)) {
						throw new IllegalStateException("probe import fails on its first attempt");
					}
					return new ImportOutcome(3, 3, 0, "probe");
				}

			};
		}

	}

}
