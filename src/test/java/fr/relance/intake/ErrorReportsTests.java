package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportsTests {

	static final LocalDate NIGHT = LocalDate.of(2032, 2, 3);

	@TempDir
	Path out;

	@Test
	void masksNirPhoneAndEmailShapedValuesWhateverTheirColumn() throws Exception {
		List<ReportedError> errors = List.of(
				new ReportedError("ledger.csv", 12, "commentaire", "rappeler au 06 12 34 56 78 svp", "BAD_DATE", "x"),
				new ReportedError("ledger.csv", 13, "nom", "jean.dupont@exemple.fr", "BAD_NAME", "x"),
				new ReportedError("ledger.csv", 14, "reference", "1 85 05 75 115 123 45", "BAD_REF", "x"),
				new ReportedError("ledger.csv", 15, "ville", "+33 6 12 34 56 78", "BAD_CITY",
						"La valeur 0612345678 n'est pas une ville"),
				new ReportedError("ledger.csv", 16, "montant", "1 234,56", "BAD_AMOUNT", "montant du 01/10/2026"));

		Path report = ErrorReports.write(out, NIGHT, "ledger.csv", errors);

		String text = Files.readString(report, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("06 12 34 56 78", "jean.dupont", "exemple.fr", "85 05 75 115", "0612345678",
				"+33 6 12");
		assertThat(text).contains("ledger.csv;12;commentaire;rappeler au ************** svp;BAD_DATE;x",
				"ledger.csv;13;nom;**********************;BAD_NAME;x",
				"ledger.csv;14;reference;*********************;BAD_REF;x", "La valeur ********** n'est pas une ville",
				"ledger.csv;16;montant;1 234,56;BAD_AMOUNT;montant du 01/10/2026");
	}

	@Test
	void boundsTheReportNameOfALongFileNameAndKeepsTheNameInside() throws Exception {
		String longName = "relevé-abc" + "é".repeat(120) + ".csv"; // 255 bytes in UTF-8,
																	// a legal name
		assertThat(longName.getBytes(StandardCharsets.UTF_8)).hasSize(255);

		Path report = ErrorReports.write(out, NIGHT, longName,
				List.of(ReportedError.wholeFile(longName, Refusal.UNKNOWN_FORMAT)));

		assertThat(report.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
		assertThat(report.getFileName().toString()).startsWith(NIGHT + "-relevé-abcé").endsWith(".csv.errors.csv");
		assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains(longName + ";;;;UNKNOWN_FORMAT;");
		assertThat(ErrorReports.path(out, NIGHT, longName)).isEqualTo(report);
		assertThat(DerivedName.of("", longName, ""))
			.isNotEqualTo(DerivedName.of("", longName.replace("relevé", "releve"), ""));
	}

}
