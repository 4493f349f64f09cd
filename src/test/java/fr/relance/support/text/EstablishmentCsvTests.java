package fr.relance.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.intake.ErrorReports;
import fr.relance.intake.ReportedError;

/**
 * What a spreadsheet would run as a formula is written as text; numbers stay numbers; the
 * file appears whole.
 */
class EstablishmentCsvTests {

	@TempDir
	Path dir;

	@Test
	void textsThatWouldStartAFormulaAreNeutralised() {
		assertThat(List.of("=HYPERLINK(\"http://x\")", "+33 6 12", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"))
			.extracting(EstablishmentCsv::cell)
			.containsExactly("'=HYPERLINK(\"http://x\")", "'+33 6 12", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd");
	}

	@Test
	void numbersAndOrdinaryTextsAreLeftAsTheyAre() {
		assertThat(EstablishmentCsv.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
		assertThat(EstablishmentCsv.cell(-3)).isEqualTo("-3");
		assertThat(List.of("-60,00", "-1 234,56", "+5", "12,34 %", "-0,5", "MARTIN", "F260000105", "", "a=b"))
			.extracting(EstablishmentCsv::cell)
			.containsExactly("-60,00", "-1 234,56", "+5", "12,34 %", "-0,5", "MARTIN", "F260000105", "", "a=b");
		assertThat(EstablishmentCsv.cell(null)).isEmpty();
	}

	@Test
	void theFileHasABomSemicolonsAndCrlfAndAppearsOnlyWhenCommitted() throws Exception {
		Path file = dir.resolve("liste.csv");
		try (EstablishmentCsv csv = EstablishmentCsv.create(file, "nom", "montant")) {
			csv.row("=1+1", "-4,00");
			assertThat(file).doesNotExist();
			csv.commit();
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnom;montant\r\n'=1+1;-4,00\r\n");

		try (EstablishmentCsv csv = EstablishmentCsv.create(file, "nom")) {
			csv.row("abandoned");
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("'=1+1");
		assertThat(dir.resolve("liste.csv.tmp")).doesNotExist();
	}

	@Test
	void anErrorReportNeutralisesTheValueAnEstablishmentSent() throws Exception {
		Path report = ErrorReports.write(dir, LocalDate.of(2026, 11, 20), "ledger.csv", List
			.of(new ReportedError("ledger.csv", 4, "lastName", "=cmd|'/C calc'!A0", "BAD_NAME", "Nom illisible.")));

		assertThat(Files.readString(report, StandardCharsets.UTF_8))
			.contains("ledger.csv;4;lastName;'=cmd|'/C calc'!A0;")
			.doesNotContain(";=cmd");
	}

}
