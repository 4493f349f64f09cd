package fr.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.cli.Cli;

/**
 * Formula injection through a whole night (issue #22, item 4): text that establishments,
 * banks and mutuelles control (a payer's name, a remittance text, a rejection motive, a
 * file name, a ledger value) starts with {@code =}, {@code +}, {@code -} or {@code @}.
 * Every CSV the night writes, for the establishments and for ops, is read back as a
 * spreadsheet would: no text cell may start a formula, and numbers (negative amounts
 * included) stay numbers. No workbook cell is a formula.
 */
class FormulaInjectionNightTests {

	static final String CLINIC = "750000010";

	/** What a spreadsheet would take for a formula: the cell's first character. */
	static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

	/**
	 * A French number, a negative amount included: a spreadsheet reads it as a number,
	 * not a formula.
	 */
	static final Pattern NUMBER = Pattern.compile("^-?\\d[\\d  ]*(,\\d+)?( ?%)?$");

	@TempDir
	Path dir;

	@Test
	void noTextCellOfAnyFileTheNightWritesStartsAFormula() throws Exception {
		Path drop = dir.resolve("drop");
		TestFiles.copyTree(Path.of("samples/drop"), drop);
		Path in = drop.resolve(CLINIC).resolve("in");
		Path statement = in.resolve("releve-banque-20261119.xml");
		Files.writeString(statement,
				Files.readString(statement)
					.replace("<Nm>Pierre INCONNU</Nm>", "<Nm>=HYPERLINK(\"http://evil.example\",\"Payer\")</Nm>")
					.replace("FACTURE F260000777", "@SUM(1+1)*cmd|' /C calc'!A0")
					.replace("<Nm>Jean-Luc FICTIF-DUPRE</Nm>", "<Nm>+33 FORMULE</Nm>"));
		Files.writeString(in.resolve("releve-mutuelle-20261119.csv"),
				"""
						N° facture;Organisme;Montant demandé;Montant réglé;Statut;Code rejet;Motif;Date de paiement;Référence virement
						F260000104;990700015;30,00;0,00;REJETE;=M1;=CMD|' /C calc'!A0;18/11/2026;-VIR MUT 2+3
						F269999999;990700015;12,00;12,00;PAYE;;;18/11/2026;-VIR MUT 2+3
						""",
				StandardCharsets.UTF_8);
		Files.writeString(in.resolve("@evil=1+1.csv"), "not a known format\n");
		Files.createDirectories(in.resolve("=SUM(1,2)"));
		Path ledger = in.resolve("ledger-20261120.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
		lines.add(lines.get(1).replace("F260000101", "-F26+0000199").replace(";1080,00;", ";=1+1;"));
		Files.write(ledger, lines);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
			.run(new String[] { "nightly", "--date", "2026-11-20", "--home", dir.resolve("home").toString(), "--drop",
					drop.toString(), "--establishments", "samples/establishments", "--relance.intake.settle-delay=0s",
					"--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=target/test-homes/postgres" });

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Relance nightly 2026-11-20: COMPLETED");
		assertThat(status).isEqualTo(3);
		List<Path> written = List.of(drop.resolve(CLINIC).resolve("out"), drop.resolve("670000025").resolve("out"),
				dir.resolve("home/out"));
		List<Path> csvs = files(written, ".csv");
		assertThat(csvs).as("the establishment's error reports and worklists, the ops files")
			.anyMatch(f -> f.getFileName().toString().contains("erreurs") || f.toString().endsWith(".errors.csv"));
		List<String> offending = new ArrayList<>();
		List<String> reached = new ArrayList<>();
		for (Path csv : csvs) {
			String text = Files.readString(csv, StandardCharsets.UTF_8);
			for (String planted : List.of("HYPERLINK", "SUM(1+1)", "CMD|", "evil=1+1", "SUM(1,2)", "+33 FORMULE",
					"=1+1")) {
				if (text.contains(planted)) {
					reached.add(csv.getFileName() + " " + planted);
				}
			}
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.get()
				.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
				for (String cell : record) {
					if (FORMULA_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) {
						offending.add(dir.relativize(csv) + " line " + record.getRecordNumber() + ": " + cell);
					}
				}
			}
		}
		assertThat(reached).as("the planted values reached the establishment's files")
			.contains("2026-11-20-paiements-en-attente.csv HYPERLINK",
					"2026-11-20-paiements-en-attente.csv +33 FORMULE", "2026-11-20-fichiers-ignores.csv SUM(1,2)",
					"2026-11-20-@evil=1+1.csv.errors.csv evil=1+1", "2026-11-20-ledger-20261120.csv.errors.csv =1+1");
		assertThat(offending).isEmpty();
		for (Path workbook : files(written, ".xlsx")) {
			assertThat(ReadableText.of(workbook)).as(workbook.toString()).doesNotContain("<f>").doesNotContain("<f ");
		}
	}

	private static List<Path> files(List<Path> roots, String suffix) throws IOException {
		List<Path> found = new ArrayList<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> all = Files.walk(root)) {
					all.filter(Files::isRegularFile)
						.filter(f -> f.getFileName().toString().endsWith(suffix))
						.forEach(found::add);
				}
			}
		}
		return found;
	}

}
