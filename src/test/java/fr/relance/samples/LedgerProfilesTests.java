package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A world of four establishments in the default round-robin (standard, GAM, positional,
 * FEC) checked against the profile files and against the same world written all in the
 * standard profile: the profile changes how a ledger is written, never what it says.
 */
class LedgerProfilesTests {

	static final LocalDate DATE = LocalDate.of(2026, 3, 16);

	static final List<String> CSV_PROFILES = List.of("relance-standard", "gam-windows1252", "positional-utf8");

	@TempDir
	static Path dir;

	static GenerationOptions mixed;

	static GenerationReport report;

	static List<String> finess;

	@BeforeAll
	static void generateTheSameWorldMixedAndAllStandard() throws IOException {
		mixed = new GenerationOptions(4, 1_500, 11, DATE, dir.resolve("mixed"));
		report = new SampleWorldGenerator().generate(mixed);
		new SampleWorldGenerator().generate(new GenerationOptions(4, 1_500, 11, DATE, dir.resolve("standard"))
			.withProfiles(List.of("relance-standard")));
		finess = List.copyOf(report.invoicesByFiness().keySet());
	}

	@Test
	void eachEstablishmentNamesItsProfileAndDropsTheMatchingFile() throws IOException {
		List<String> names = List.of("relance-standard", "gam-windows1252", "positional-utf8", "fec");
		for (int i = 0; i < 4; i++) {
			Path in = dir.resolve("mixed/drop/" + finess.get(i) + "/in");
			assertThat(Files.readString(dir.resolve("mixed/establishments/" + finess.get(i) + ".yml")))
				.contains("\nledgerProfile: " + names.get(i) + "\n");
			try (Stream<Path> files = Files.list(in)) {
				assertThat(files.map(file -> file.getFileName().toString()))
					.containsExactly(i == 3 ? "FEC-20260316.txt" : "ledger-20260316.csv");
			}
		}
		assertThat(report.files()).hasSize(10);
	}

	@Test
	void gamLedgerHasTheProfileHeaderInWindows1252SingleBytes() throws IOException {
		Path file = ledger(1, "mixed");
		byte[] bytes = Files.readAllBytes(file);
		@SuppressWarnings("unchecked")
		Map<String, String> columns = (Map<String, String>) ProfileLedgers.profile("gam-windows1252").get("columns");
		String header = ProfileLedgers.text(file, Charset.forName("windows-1252")).lines().findFirst().orElseThrow();
		assertThat(header).isEqualTo(String.join(";", columns.values()));
		assertThat(indexOf(bytes, "Pr\u00e9nom;".getBytes(Charset.forName("windows-1252")))).isPositive();
		assertThat(indexOf(bytes, new byte[] { ';', 'P', 'r', (byte) 0xE9, 'n', 'o', 'm', ';' })).isPositive();
		assertThat(indexOf(bytes, new byte[] { ';', (byte) 0xC9, 'c', 'h', (byte) 0xE9, 'a', 'n', 'c', 'e', ';' }))
			.isPositive();
		// no UTF-8 two-byte sequence for é, è, É... (their lead byte 0xC3 would be "Ã" in
		// Windows-1252)
		assertThat(indexOf(bytes, new byte[] { (byte) 0xC3 })).isEqualTo(-1);
		List<Map<String, String>> rows = ProfileLedgers.readCsv(file, "gam-windows1252");
		assertThat(rows).extracting(row -> row.get("firstName")).contains("Hélène", "Françoise", "Noël");
		assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContainKey("finess"));
	}

	@Test
	void positionalLedgerStartsWithTheByteOrderMarkAndHasNoHeader() throws IOException {
		byte[] bytes = Files.readAllBytes(ledger(2, "mixed"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, 9, Charset.forName("US-ASCII"))).isEqualTo(finess.get(2));
		assertThat(ProfileLedgers.readCsv(ledger(2, "mixed"), "positional-utf8")).hasSize(1_500);
	}

	@Test
	void everyCsvProfileReadsBackToTheSameInvoicesAsTheStandardWorld() {
		for (int i = 0; i < CSV_PROFILES.size(); i++) {
			List<Map<String, String>> rows = ProfileLedgers.readCsv(ledger(i, "mixed"), CSV_PROFILES.get(i));
			List<Map<String, String>> expected = ProfileLedgers.readCsv(ledger(i, "standard"), "relance-standard");
			if (i == 1) {
				expected.forEach(row -> row.remove("finess"));
			}
			assertThat(rows).as(CSV_PROFILES.get(i)).hasSize(1_500).isEqualTo(expected);
		}
		assertThat(ProfileLedgers.readCsv(ledger(2, "mixed"), "positional-utf8"))
			.anySatisfy(row -> assertThat(row.get("flags")).isEqualTo("deceased"))
			.anySatisfy(row -> assertThat(row.get("addressLine2")).contains(", "));
	}

	@Test
	void eachCsvLedgerAddsUpToTheTruthOfItsEstablishment() {
		List<CSVRecord> truth = ProfileLedgers.readTruth(dir.resolve("mixed"));
		for (int i = 0; i < CSV_PROFILES.size(); i++) {
			String establishment = finess.get(i);
			List<String> expected = truth.stream()
				.filter(row -> row.get("finess").equals(establishment))
				.map(row -> row.get("invoice_number") + " " + row.get("payer") + " " + row.get("amount_due") + " "
						+ row.get("amount_settled") + " " + row.get("status"))
				.toList();
			List<String> parts = new ArrayList<>();
			for (Map<String, String> row : ProfileLedgers.readCsv(ledger(i, "mixed"), CSV_PROFILES.get(i))) {
				for (String payer : List.of("amo", "amc", "patient")) {
					BigDecimal due = new BigDecimal(row.get(payer + "Due"));
					BigDecimal paid = new BigDecimal(row.get(payer + "Paid"));
					if (due.signum() > 0) {
						parts.add(row.get("invoiceNumber") + " " + payer.toUpperCase() + " " + due + " " + paid + " "
								+ (due.compareTo(paid) == 0 ? "paid" : "open"));
					}
				}
			}
			assertThat(parts).as(CSV_PROFILES.get(i)).hasSizeGreaterThan(3_000).isEqualTo(expected);
		}
	}

	@Test
	void truthIsUnchangedForCsvProfilesAndPatientOnlyForTheFec() {
		List<String> standard = ProfileLedgers.readTruth(dir.resolve("standard"))
			.stream()
			.filter(row -> !row.get("finess").equals(finess.get(3)) || row.get("payer").equals("PATIENT"))
			.map(row -> String.join(";", row.values()))
			.toList();
		assertThat(ProfileLedgers.readTruth(dir.resolve("mixed"))).map(row -> String.join(";", row.values()))
			.isEqualTo(standard);
	}

	@Test
	void sameOptionsGiveTheSameBytesInEveryProfile() throws IOException {
		new SampleWorldGenerator().generate(new GenerationOptions(4, 1_500, 11, DATE, dir.resolve("again")));
		for (Path file : report.files()) {
			Path relative = dir.resolve("mixed").relativize(file);
			assertThat(Files.mismatch(file, dir.resolve("again").resolve(relative))).as(relative.toString())
				.isEqualTo(-1);
		}
	}

	static Path ledger(int index, String world) {
		String name = index == 3 ? "FEC-20260316.txt" : "ledger-20260316.csv";
		return dir.resolve(world).resolve("drop").resolve(finess.get(index)).resolve("in").resolve(name);
	}

	static int indexOf(byte[] bytes, byte[] wanted) {
		outer: for (int i = 0; i + wanted.length <= bytes.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
