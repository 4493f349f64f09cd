package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.money.Amounts;

/**
 * One establishment forced to the FEC profile, read as {@code jobs/profiles/fec.yml} says
 * an importer reads it, and compared with its truth and with the same establishment
 * written in the standard profile.
 */
class FecLedgerTests {

	static final LocalDate DATE = LocalDate.of(2026, 3, 16);

	@TempDir
	static Path dir;

	static List<CSVRecord> fec;

	static List<CSVRecord> truth;

	static Map<String, Map<String, String>> standardByInvoice;

	static String receivablePrefix;

	@BeforeAll
	static void generateOneFecEstablishmentAndItsStandardTwin() throws IOException {
		GenerationOptions options = new GenerationOptions(1, 3_000, 5, DATE, dir.resolve("fec"))
			.withProfiles(List.of("fec"));
		String finess = new SampleWorldGenerator().generate(options).invoicesByFiness().keySet().iterator().next();
		fec = ProfileLedgers.readFec(dir.resolve("fec/drop/" + finess + "/in/FEC-20260316.txt"));
		truth = ProfileLedgers.readTruth(dir.resolve("fec"));
		new SampleWorldGenerator().generate(
				new GenerationOptions(1, 3_000, 5, DATE, dir.resolve("std")).withProfiles(List.of("relance-standard")));
		standardByInvoice = ProfileLedgers
			.readCsv(dir.resolve("std/drop/" + finess + "/in/ledger-20260316.csv"), "relance-standard")
			.stream()
			.collect(Collectors.toMap(row -> row.get("invoiceNumber"), row -> row));
		receivablePrefix = (String) ProfileLedgers.profile("fec").get("receivableAccountPrefix");
	}

	@Test
	void everyLineHasEighteenColumnsAndEveryEntryBalances() {
		DateTimeFormatter yyyyMMdd = DateTimeFormatter.ofPattern("yyyyMMdd");
		Map<String, BigDecimal> balance = new LinkedHashMap<>();
		for (CSVRecord line : fec) {
			assertThat(line.size()).isEqualTo(18);
			List.of("EcritureDate", "PieceDate", "ValidDate")
				.forEach(column -> LocalDate.parse(line.get(column), yyyyMMdd));
			BigDecimal difference = amount(line, "Debit").subtract(amount(line, "Credit"));
			balance.merge(line.get("EcritureNum"), difference, BigDecimal::add);
		}
		assertThat(balance).hasSizeGreaterThan(3_000)
			.allSatisfy((entry, difference) -> assertThat(difference).as(entry).isEqualByComparingTo("0"));
	}

	@Test
	void receivableLinesPerPieceAreThePatientShareAndWhatWasPaidOnIt() {
		Map<String, List<CSVRecord>> pieces = receivablesByPiece();
		assertThat(truth).allSatisfy(row -> assertThat(row.get("payer")).isEqualTo("PATIENT"));
		assertThat(pieces.keySet())
			.containsExactlyElementsOf(truth.stream().map(row -> row.get("invoice_number")).toList());
		for (CSVRecord part : truth) {
			List<CSVRecord> lines = pieces.get(part.get("invoice_number"));
			BigDecimal debit = sum(lines, "Debit");
			BigDecimal credit = sum(lines, "Credit");
			assertThat(debit).isEqualByComparingTo(part.get("amount_due"));
			assertThat(credit).isEqualByComparingTo(part.get("amount_settled"));
			BigDecimal open = debit.subtract(new BigDecimal(part.get("amount_settled")));
			assertThat(debit.subtract(credit)).isEqualByComparingTo(open);
		}
		assertThat(truth).anySatisfy(row -> assertThat(row.get("status")).isEqualTo("open"))
			.anySatisfy(row -> assertThat(row.get("status")).isEqualTo("paid"));
	}

	@Test
	void exactlyTheFullyPaidPatientSharesAreLetteredEachWithItsOwnCode() {
		Map<String, List<CSVRecord>> pieces = receivablesByPiece();
		Set<String> codes = new HashSet<>();
		for (CSVRecord part : truth) {
			List<CSVRecord> lines = pieces.get(part.get("invoice_number"));
			Set<String> letters = lines.stream()
				.map(line -> line.get("EcritureLet") + " " + line.get("DateLet"))
				.collect(Collectors.toSet());
			assertThat(letters).hasSize(1);
			String letter = lines.get(0).get("EcritureLet");
			if (part.get("status").equals("paid")) {
				assertThat(letter).matches("[A-Z]{2,}");
				assertThat(lines.get(0).get("DateLet")).matches("20\\d{6}");
				assertThat(codes.add(letter)).as(letter).isTrue();
			}
			else {
				assertThat(letters).containsExactly(" ");
			}
		}
		assertThat(codes).contains("AA", "AB", "ZZ", "AAA");
	}

	@Test
	void auxiliaryAccountIsThePatientOfTheInvoice() {
		assertThat(fec).filteredOn(line -> line.get("CompteNum").startsWith(receivablePrefix)).allSatisfy(line -> {
			Map<String, String> invoice = standardByInvoice.get(line.get("PieceRef"));
			assertThat(line.get("CompAuxNum")).isEqualTo(invoice.get("patientId"));
			assertThat(line.get("CompAuxLib")).isEqualTo(invoice.get("lastName") + " " + invoice.get("firstName"));
		});
	}

	@Test
	void otherLinesAreRevenueBankAndThirdPartyAccountsAnImporterSkips() {
		Map<String, Long> accounts = fec.stream()
			.collect(Collectors.groupingBy(line -> line.get("CompteNum"), LinkedHashMap::new, Collectors.counting()));
		assertThat(accounts).containsOnlyKeys("411000", "467100", "467200", "706000", "512000");
		assertThat(fec.stream().map(line -> line.get("JournalCode")).distinct()).containsExactly("VT", "BQ");
		List<CSVRecord> revenueLines = fec.stream().filter(line -> line.get("CompteNum").equals("706000")).toList();
		BigDecimal revenue = sum(revenueLines, "Credit");
		BigDecimal totals = standardByInvoice.values()
			.stream()
			.map(row -> new BigDecimal(row.get("total")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(revenue).isEqualByComparingTo(totals);
		assertThat(fec).filteredOn(line -> !line.get("CompteNum").startsWith(receivablePrefix))
			.allSatisfy(line -> assertThat(line.get("EcritureLet")).isEmpty());
	}

	private static Map<String, List<CSVRecord>> receivablesByPiece() {
		return fec.stream()
			.filter(line -> line.get("CompteNum").startsWith(receivablePrefix))
			.collect(Collectors.groupingBy(line -> line.get("PieceRef"), LinkedHashMap::new, Collectors.toList()));
	}

	private static BigDecimal sum(List<CSVRecord> lines, String column) {
		return lines.stream().map(line -> amount(line, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal amount(CSVRecord line, String column) {
		return Amounts.parse(line.get(column), ',');
	}

}
