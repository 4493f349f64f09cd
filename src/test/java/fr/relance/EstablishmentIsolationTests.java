package fr.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.cli.Cli;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.SampleWorldGenerator;

/**
 * A whole night of a generated world with three establishments, through the command line:
 * everything written for one establishment (its {@code out/} folder, its letters for the
 * printer, their archive copies) names nothing of another one (FINESS, invoice number,
 * patient identifier, name, phone, e-mail), in file names, CSV text, PDF text and
 * workbook cells; and what ops read (the console summary, {@code run-summary.json}) holds
 * no patient's name, phone or e-mail.
 */
class EstablishmentIsolationTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@TempDir
	static Path dir;

	static GenerationOptions options;

	static String console;

	static List<SampleEstablishment> establishments = new ArrayList<>();

	@BeforeAll
	static void runANight() throws IOException {
		options = new GenerationOptions(3, 120, 31, NIGHT, dir.resolve("world")).withReturns(true);
		SampleWorldGenerator generator = new SampleWorldGenerator();
		generator.generate(options);
		for (int i = 0; i < options.establishments(); i++) {
			establishments.add(generator.establishment(options, i));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
			.run(new String[] { "nightly", "--date", NIGHT.toString(), "--home", dir.resolve("home").toString(),
					"--drop", options.outputDir().resolve("drop").toString(), "--establishments",
					options.outputDir().resolve("establishments").toString(), "--relance.intake.settle-delay=0s",
					"--relance.embedded-db.fast=true" });
		console = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(console).isIn(0, 3);
	}

	@Test
	void nothingWrittenForAnEstablishmentNamesAnotherOne() throws IOException {
		SampleWorldGenerator generator = new SampleWorldGenerator();
		int filesRead = 0;
		for (SampleEstablishment own : establishments) {
			Set<String> ownTokens = tokens(generator, own);
			List<Path> files = new ArrayList<>();
			files.addAll(files(options.outputDir().resolve("drop").resolve(own.finess()).resolve("out")));
			files.addAll(
					files(dir.resolve("home/out").resolve(NIGHT.toString()).resolve("letters").resolve(own.finess())));
			files.addAll(files(dir.resolve("home/archive/letters").resolve(own.finess())));
			assertThat(files).as("files written for " + own.finess()).isNotEmpty();
			// the reading works: the establishment's own letters and reports name its own
			// patients and invoices
			StringBuilder all = new StringBuilder();
			for (Path file : files) {
				all.append(ReadableText.of(file).toUpperCase(Locale.ROOT)).append('\n');
			}
			assertThat(
					ownTokens.stream().filter(token -> !token.startsWith(";")).filter(all.toString()::contains).count())
				.as("own names and invoices found in the files of " + own.finess())
				.isGreaterThan(3);
			for (SampleEstablishment other : establishments) {
				if (other.equals(own)) {
					continue;
				}
				Set<String> foreign = tokens(generator, other);
				foreign.removeAll(ownTokens); // a surname both establishments share is
												// not a leak
				for (Path file : files) {
					String text = (file.getFileName() + "\n" + ReadableText.of(file)).toUpperCase(Locale.ROOT);
					for (String token : foreign) {
						assertThat(text)
							.as(file + " written for " + own.finess() + " names " + other.finess() + "'s " + token)
							.doesNotContain(token);
					}
				}
			}
			filesRead += files.size();
		}
		assertThat(filesRead).isGreaterThan(10);
	}

	@Test
	void whatOpsReadHoldsNoPatientsNameNorContact() throws IOException {
		SampleWorldGenerator generator = new SampleWorldGenerator();
		String summary = Files.readString(dir.resolve("home/out").resolve(NIGHT.toString()).resolve("run-summary.json"))
			.toUpperCase(Locale.ROOT);
		String shown = console.toUpperCase(Locale.ROOT);
		for (SampleEstablishment establishment : establishments) {
			generator.invoices(options, establishment).map(GeneratedInvoice::patient).distinct().forEach(patient -> {
				for (String token : contact(patient)) {
					assertThat(summary).as("run-summary.json").doesNotContain(token);
					assertThat(shown).as("console").doesNotContain(token);
				}
			});
		}
	}

	/** What identifies an establishment, its patients and its invoices, upper case. */
	private static Set<String> tokens(SampleWorldGenerator generator, SampleEstablishment establishment) {
		Set<String> tokens = new HashSet<>();
		tokens.add(establishment.finess());
		try (Stream<GeneratedInvoice> invoices = generator.invoices(options, establishment)) {
			invoices.forEach(invoice -> {
				tokens.add(invoice.invoiceNumber().toUpperCase(Locale.ROOT));
				SamplePatient patient = invoice.patient();
				tokens.add(";" + patient.id().toUpperCase(Locale.ROOT) + ";");
				tokens.addAll(contact(patient));
			});
		}
		return tokens;
	}

	/** A patient's full name (either order), phone and e-mail, upper case. */
	private static List<String> contact(SamplePatient patient) {
		List<String> tokens = new ArrayList<>();
		tokens.add((patient.firstName() + " " + patient.lastName()).toUpperCase(Locale.ROOT));
		tokens.add((patient.lastName() + " " + patient.firstName()).toUpperCase(Locale.ROOT));
		if (patient.phone() != null && !patient.phone().isBlank()) {
			tokens.add(patient.phone().toUpperCase(Locale.ROOT));
		}
		if (patient.email() != null && !patient.email().isBlank()) {
			tokens.add(patient.email().toUpperCase(Locale.ROOT));
		}
		return tokens;
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

}
