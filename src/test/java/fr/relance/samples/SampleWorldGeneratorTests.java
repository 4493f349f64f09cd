package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.ids.Finess;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.money.Amounts;

class SampleWorldGeneratorTests {

	static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 3, 16);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@TempDir
	static Path dir;

	static GenerationReport report;

	static List<CSVRecord> ledger;

	static List<CSVRecord> truth;

	@BeforeAll
	static void generateTwoEstablishmentsOfTwoThousandInvoices() throws IOException {
		report = new SampleWorldGenerator().generate(options(dir.resolve("a"), 42));
		ledger = report.invoicesByFiness()
			.keySet()
			.stream()
			.flatMap(finess -> read(dir.resolve("a/drop/" + finess + "/in/ledger-20260316.csv"),
					CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())
				.stream())
			.toList();
		truth = read(dir.resolve("a/truth.csv"),
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get());
	}

	/** Both establishments in the standard profile, whose columns these tests read. */
	static GenerationOptions options(Path out, long seed) {
		return new GenerationOptions(2, 2_000, seed, BUSINESS_DATE, out).withProfiles(List.of("relance-standard"));
	}

	@Test
	void reportsCountsAndFilesWritten() {
		assertThat(report.invoicesByFiness()).hasSize(2)
			.allSatisfy((finess, count) -> assertThat(count).isEqualTo(2_000));
		assertThat(report.totalInvoices()).isEqualTo(4_000);
		assertThat(report.files()).hasSize(6).allSatisfy(file -> assertThat(file).isRegularFile());
		assertThat(ledger).hasSize(4_000);
		try (Stream<Path> all = Files.walk(dir.resolve("a"))) {
			assertThat(all.filter(path -> path.toString().endsWith(".part"))).isEmpty();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void sameSeedGivesIdenticalBytesAndAnotherSeedDiffers() throws IOException {
		GenerationReport again = new SampleWorldGenerator().generate(options(dir.resolve("b"), 42));
		GenerationReport other = new SampleWorldGenerator().generate(options(dir.resolve("c"), 43));
		for (Path file : report.files()) {
			Path relative = dir.resolve("a").relativize(file);
			assertThat(Files.mismatch(file, dir.resolve("b").resolve(relative))).as(relative.toString()).isEqualTo(-1);
		}
		assertThat(again.files()).hasSameSizeAs(report.files());
		assertThat(other.invoicesByFiness().keySet()).doesNotContainAnyElementsOf(report.invoicesByFiness().keySet());
		assertThat(Files.mismatch(dir.resolve("a/truth.csv"), dir.resolve("c/truth.csv"))).isNotEqualTo(-1);
	}

	@Test
	void finessNumbersAndPhonesValidate() {
		assertThat(report.invoicesByFiness().keySet())
			.allSatisfy(finess -> assertThat(Finess.isValid(finess)).isTrue());
		List<String> phones = ledger.stream().map(row -> row.get("phone")).filter(phone -> !phone.isEmpty()).toList();
		assertThat(phones).hasSizeGreaterThan(3_000)
			.allSatisfy(phone -> assertThat(FrenchPhone.isValid(phone)).as(phone).isTrue());
		assertThat(phones).anySatisfy(phone -> assertThat(phone).startsWith("+33 "))
			.anySatisfy(phone -> assertThat(phone).matches("0[67] \\d\\d \\d\\d \\d\\d \\d\\d"))
			.anySatisfy(phone -> assertThat(FrenchPhone.toE164(phone)).startsWith("+262"));
		assertThat(phones.stream().filter(FrenchPhone::isMobile).count()).isGreaterThan(phones.size() * 8L / 10);
	}

	@Test
	void everyRowAddsUpAndPaysNoMoreThanDue() {
		assertThat(ledger).allSatisfy(row -> {
			BigDecimal amo = amount(row, "amo_due");
			BigDecimal amc = amount(row, "amc_due");
			BigDecimal patient = amount(row, "patient_due");
			assertThat(amo.add(amc).add(patient)).isEqualByComparingTo(amount(row, "total"));
			assertThat(amount(row, "amo_paid")).isBetween(BigDecimal.ZERO, amo);
			assertThat(amount(row, "amc_paid")).isBetween(BigDecimal.ZERO, amc);
			assertThat(amount(row, "patient_paid")).isBetween(BigDecimal.ZERO, patient);
			assertThat(row.get("amc_org")).matches(amc.signum() > 0 ? "\\d{9}" : "");
			assertThat(row.get("invoice_number")).matches("F\\d{9}");
			assertThat(row.get("finess")).isEqualTo(row.get("finess").strip());
		});
	}

	@Test
	void datesFollowCareInvoiceAndDueOrder() {
		assertThat(ledger).allSatisfy(row -> {
			LocalDate care = LocalDate.parse(row.get("care_date"), DATE);
			LocalDate invoiced = LocalDate.parse(row.get("invoice_date"), DATE);
			assertThat(care).isBetween(BUSINESS_DATE.minusYears(2), BUSINESS_DATE.minusDays(10));
			assertThat(invoiced).isAfter(care).isBefore(BUSINESS_DATE).isBeforeOrEqualTo(care.plusDays(10));
			assertThat(LocalDate.parse(row.get("due_date"), DATE)).isEqualTo(invoiced.plusDays(30));
			assertThat(LocalDate.parse(row.get("birth_date"), DATE)).isBefore(care);
		});
	}

	@Test
	void aPatientWithSeveralInvoicesIsTheSameOnEachRow() {
		Map<String, String> patients = new HashMap<>();
		long repeated = ledger.stream().filter(row -> {
			String key = row.get("finess") + "/" + row.get("patient_id");
			String person = String.join("|", row.get("last_name"), row.get("first_name"), row.get("address_line1"),
					row.get("address_line2"), row.get("postcode"), row.get("city"), row.get("phone"), row.get("email"),
					row.get("birth_date"), row.get("amc_org"));
			String before = patients.putIfAbsent(key, person);
			assertThat(person).isEqualTo(before == null ? person : before);
			return before != null;
		}).count();
		assertThat(repeated).isGreaterThan(1_000);
	}

	@Test
	void invoiceNumbersAreUniquePerEstablishment() {
		Set<String> keys = new HashSet<>();
		ledger.forEach(row -> keys.add(key(row)));
		assertThat(keys).hasSize(4_000);
	}

	@Test
	void truthHasOneRowPerPayerOwingAndMatchesTheLedger() {
		Map<String, CSVRecord> byKey = new HashMap<>();
		truth.forEach(row -> byKey.put(key(row) + "/" + row.get("payer"), row));
		assertThat(byKey).hasSize(truth.size());
		int expectedRows = 0;
		for (CSVRecord row : ledger) {
			for (Payer payer : Payer.values()) {
				String column = payer.name().toLowerCase();
				BigDecimal due = amount(row, column + "_due");
				CSVRecord part = byKey.get(key(row) + "/" + payer);
				if (due.signum() == 0) {
					assertThat(part).isNull();
					continue;
				}
				expectedRows++;
				assertThat(new BigDecimal(part.get("amount_due"))).isEqualByComparingTo(due);
				BigDecimal paid = amount(row, column + "_paid");
				assertThat(new BigDecimal(part.get("amount_settled"))).isEqualByComparingTo(paid);
				assertThat(part.get("status")).isEqualTo(paid.compareTo(due) == 0 ? "paid" : "open");
			}
		}
		assertThat(truth).hasSize(expectedRows);
	}

	@Test
	void worldHasTheVarietyTheEngineMustHandle() {
		long patientShares = ledger.stream().filter(row -> amount(row, "patient_due").signum() > 0).count();
		long small = ledger.stream()
			.filter(row -> amount(row, "patient_due").signum() > 0)
			.filter(row -> amount(row, "patient_due").compareTo(new BigDecimal("20")) < 0)
			.count();
		assertThat(small).isGreaterThan(patientShares * 7 / 10);
		assertThat(ledger)
			.anySatisfy(row -> assertThat(amount(row, "patient_due")).isGreaterThan(new BigDecimal("1000")))
			.anySatisfy(row -> assertThat(row.get("amc_org")).isEmpty())
			.anySatisfy(row -> assertThat(amount(row, "patient_paid")).isPositive()
				.isEqualByComparingTo(amount(row, "patient_due")))
			.anySatisfy(
					row -> assertThat(amount(row, "patient_paid")).isPositive().isLessThan(amount(row, "patient_due")))
			.anySatisfy(row -> assertThat(row.get("flags")).contains("dispute"))
			.anySatisfy(row -> assertThat(row.get("flags")).contains("sms_optout"))
			.anySatisfy(row -> assertThat(row.get("flags")).contains("guardianship"))
			.anySatisfy(row -> assertThat(row.get("flags")).contains("deceased"))
			.anySatisfy(row -> assertThat(row.get("email")).endsWith("@example.com"))
			.anySatisfy(row -> assertThat(row.get("postcode")).startsWith("97"))
			.anySatisfy(row -> assertThat(row.get("address_line2")).isNotEmpty());
		assertThat(ledger).allSatisfy(row -> assertThat(row.get("postcode")).matches("\\d{5}"));
		// 1 200 patients per establishment, 2 000 invoices drawn among them: some
		// patients have several
		long patients = ledger.stream().map(row -> row.get("finess") + "/" + row.get("patient_id")).distinct().count();
		assertThat(patients).isBetween(1_800L, 2_100L);
	}

	/** FINESS and invoice number: the natural key of an invoice. */
	static String key(CSVRecord row) {
		return row.get("finess") + "/" + row.get("invoice_number");
	}

	static BigDecimal amount(CSVRecord row, String column) {
		return Amounts.parse(row.get(column), ',');
	}

	static List<CSVRecord> read(Path file, CSVFormat format) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
