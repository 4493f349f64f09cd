package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.NoemieOptions;
import fr.relance.formats.noemie.NoemieReader;
import fr.relance.ingest.payments.BankCreditLine;
import fr.relance.ingest.payments.Camt053Reader;

/**
 * The next night of a 4 x 600 world with returns (every ledger profile): the same options
 * give the same bytes, the files are those of the day after, about 2 % of the ledger
 * lines change or are new, tonight's NOEMIE and bank files hold tonight's items only, and
 * the truth of every invoice follows the next night's rules.
 */
class GeneratedNextNightTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@TempDir
	static Path dir;

	static GenerationOptions first;

	static GenerationOptions next;

	static final SampleWorldGenerator generator = new SampleWorldGenerator();

	@BeforeAll
	static void generate() throws IOException {
		first = new GenerationOptions(4, 600, 4_242, NIGHT, dir.resolve("first")).withReturns(true);
		next = options(dir.resolve("next"));
		generator.generate(first);
		generator.generate(next);
	}

	static GenerationOptions options(Path out) {
		return new GenerationOptions(4, 600, 4_242, NIGHT, out).withReturns(true).withNextNight(true);
	}

	@Test
	void sameOptionsGiveTheSameBytes() throws IOException {
		generator.generate(options(dir.resolve("again")));
		assertThat(digest(dir.resolve("again"))).isEqualTo(digest(dir.resolve("next")));
		assertThat(digest(dir.resolve("next"))).isNotEqualTo(digest(dir.resolve("first")));
	}

	/**
	 * The digest of this first-night world as the generator wrote it before the next
	 * night existed.
	 */
	@Test
	void theFirstNightIsByteForByteTheSameAsBefore() throws IOException {
		Path out = dir.resolve("golden");
		generator.generate(new GenerationOptions(4, 200, 4_242, NIGHT, out).withReturns(true));
		assertThat(digest(out)).isEqualTo("d322e87b933a009b4c78229670c2689de5aeb97ce59076fe301df190aacd0379");
	}

	@Test
	void filesAreThoseOfTheDayAfterWithoutB2NorKpiTruth() throws IOException {
		for (int i = 0; i < 4; i++) {
			SampleEstablishment e = generator.establishment(next, i);
			try (Stream<Path> files = Files.list(next.outputDir().resolve("drop").resolve(e.finess()).resolve("in"))) {
				List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
				if (e.ledgerProfile() == LedgerExport.FEC) {
					assertThat(names).containsExactly("FEC-20261121.txt");
				}
				else {
					assertThat(names).containsExactly("ledger-20261121.csv", "noemie-20261121.noemie",
							"releve-20261121.xml");
				}
			}
			assertThat(SampleWorldGenerator.ledgerPath(next, e).getFileName().toString()).contains("20261121");
		}
		assertThat(next.outputDir().resolve("kpi-truth.csv")).doesNotExist();
		assertThat(next.outputDir().resolve("truth.csv")).isRegularFile();
	}

	/** One line per invoice (and a header) in the CSV and positional ledgers. */
	@Test
	void aboutTwoPercentOfLedgerLinesChangeOrAreNew() throws IOException {
		long before = 0;
		long changed = 0;
		for (int i = 0; i < 4; i++) {
			SampleEstablishment e = generator.establishment(next, i);
			if (e.ledgerProfile() == LedgerExport.FEC) {
				// one line per entry, numbered and lettered in file order: a new payment
				// renumbers the entries after it
				continue;
			}
			List<String> one = Files.readAllLines(SampleWorldGenerator.ledgerPath(first, e),
					StandardCharsets.ISO_8859_1);
			List<String> two = Files.readAllLines(SampleWorldGenerator.ledgerPath(next, e),
					StandardCharsets.ISO_8859_1);
			Set<String> known = new HashSet<>(one);
			before += one.size();
			changed += two.stream().filter(line -> !known.contains(line)).count();
		}
		double share = (double) changed / before;
		System.out.printf("ledger lines changed or new on the next night: %d of %d (%.2f %%)%n", changed, before,
				share * 100);
		assertThat(share).isBetween(0.01, 0.04);
	}

	@Test
	void tonightsNoemieAndBankFilesHoldTonightsItemsOnly() throws IOException {
		for (int i = 0; i < 4; i++) {
			SampleEstablishment e = generator.establishment(next, i);
			if (e.ledgerProfile().patientShareOnly()) {
				continue;
			}
			List<GeneratedInvoice> invoices = generator.invoices(next, e).toList();
			List<Object> events = new ArrayList<>();
			try (InputStream in = Files.newInputStream(in(e, "noemie-20261121.noemie"))) {
				new NoemieReader(NoemieOptions.defaults()).read(in, events::add);
			}
			List<String> returned = events.stream()
				.filter(InvoiceReturn.class::isInstance)
				.map(r -> ((InvoiceReturn) r).invoiceNumber())
				.toList();
			assertThat(returned).isNotEmpty()
				.containsExactlyElementsOf(invoices.stream()
					.filter(inv -> !inv.settlement().returns().isEmpty())
					.map(GeneratedInvoice::payerNumber)
					.toList());
			List<BankCreditLine> lines = new ArrayList<>();
			try (Camt053Reader reader = Camt053Reader.open(in(e, "releve-20261121.xml"))) {
				for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
					lines.add(line);
				}
			}
			List<String> texts = invoices.stream()
				.filter(inv -> inv.settlement().bankTransfer() != null)
				.map(inv -> inv.settlement().bankTransfer().remittanceText())
				.toList();
			assertThat(texts).isNotEmpty();
			assertThat(lines).hasSize(texts.size() + 1);
			assertThat(lines).extracting(BankCreditLine::bookingDate).containsOnly(LocalDate.of(2026, 11, 20));
			assertThat(lines).extracting(BankCreditLine::accountServicerReference)
				.allSatisfy(ref -> assertThat(ref).contains("-20261121-"));
		}
	}

	@Test
	void everyInvoiceFollowsTheNextNightRules() throws IOException {
		Map<String, String> truthOne = truth(first.outputDir());
		Map<String, String> truthTwo = truth(next.outputDir());
		Map<String, Integer> kinds = new TreeMap<>();
		for (int i = 0; i < 4; i++) {
			SampleEstablishment e = generator.establishment(next, i);
			List<GeneratedInvoice> one = generator.invoices(first, e).toList();
			List<GeneratedInvoice> two = generator.invoices(next, e).toList();
			assertThat(two).hasSize(one.size() + 6);
			for (int n = 0; n < two.size(); n++) {
				GeneratedInvoice after = two.get(n);
				String kind = n < one.size() ? check(one.get(n), after, truthOne, truthTwo)
						: checkNew(after, truthTwo, e.ledgerProfile().patientShareOnly());
				kinds.merge(kind, 1, Integer::sum);
			}
		}
		System.out.println("next-night invoices by change: " + kinds);
		assertThat(kinds).containsKeys("desk payment", "AMO paid", "bank transfer", "new", "unchanged");
		// every part of the truth is an invoice part of the night
		assertThat(truthTwo.keySet()).containsAll(truthOne.keySet());
	}

	/** Checks one first-night invoice one night later; returns its kind of change. */
	private static String check(GeneratedInvoice before, GeneratedInvoice after, Map<String, String> truthOne,
			Map<String, String> truthTwo) {
		assertThat(after.invoiceNumber()).isEqualTo(before.invoiceNumber());
		assertThat(after.earlier()).isEqualTo(before.settlement());
		assertThat(after.settlement().billed()).isFalse();
		Settlement s1 = before.settlement();
		String key = after.finess() + ";" + after.invoiceNumber() + ";";
		BigDecimal patientDue = before.due(Payer.PATIENT);
		if (!after.payments().equals(before.payments())) {
			assertThat(after.payments()).hasSize(before.payments().size() + 1)
				.contains(new SamplePayment(Payer.PATIENT, patientDue, NIGHT.plusDays(1)));
			assertPatientWasUntouched(before);
			assertThat(after.settlement()).isEqualTo(Settlement.NONE);
			assertThat(truthTwo.get(key + "PATIENT")).isEqualTo(patientDue + ";" + patientDue + ";paid");
			return "desk payment";
		}
		if (after.settlement().returnFor(Payer.AMO) != null) {
			BigDecimal amo = before.due(Payer.AMO);
			assertThat(after.settlement().returns())
				.containsExactly(new PayerReturn(Payer.AMO, PayerReturn.Outcome.PAID, amo, amo, "", false));
			assertThat(after.settlement().bankTransfer()).isNull();
			assertThat(before.paid(Payer.AMO).signum()).isZero();
			assertThat(s1.returnFor(Payer.AMO)).isNull();
			assertThat(s1.returnFor(Payer.AMC)).isNull();
			assertThat(truthTwo.get(key + "AMO")).isEqualTo(amo + ";" + amo + ";paid");
			return "AMO paid";
		}
		if (after.settlement().bankTransfer() != null) {
			BankTransfer bank = after.settlement().bankTransfer();
			assertThat(bank.kind()).isEqualTo(BankTransfer.Kind.INVOICE);
			assertThat(bank.amount()).isEqualTo(patientDue);
			assertThat(bank.remittanceText()).isEqualTo("Reglement facture " + after.invoiceNumber());
			assertThat(after.settlement().returns()).isEmpty();
			assertPatientWasUntouched(before);
			assertThat(truthTwo.get(key + "PATIENT")).isEqualTo(patientDue + ";" + patientDue + ";paid");
			return "bank transfer";
		}
		assertThat(after.settlement()).isEqualTo(Settlement.NONE);
		for (Payer payer : Payer.values()) {
			assertThat(truthTwo.get(key + payer)).as(key + payer).isEqualTo(truthOne.get(key + payer));
		}
		return "unchanged";
	}

	private static void assertPatientWasUntouched(GeneratedInvoice before) {
		assertThat(before.due(Payer.PATIENT).signum()).isPositive();
		assertThat(before.paid(Payer.PATIENT).signum()).isZero();
		assertThat(before.settlement().bankTransfer()).isNull();
		assertThat(before.settlement().transfersToPatient()).isFalse();
	}

	private static String checkNew(GeneratedInvoice invoice, Map<String, String> truthTwo, boolean fec) {
		assertThat(invoice.settlement()).isEqualTo(Settlement.NONE);
		assertThat(invoice.earlier()).isEqualTo(Settlement.NONE);
		String prefix = invoice.finess() + ";" + invoice.invoiceNumber() + ";";
		// a FEC truth lists patient parts only
		long rows = truthTwo.keySet().stream().filter(key -> key.startsWith(prefix)).count();
		assertThat(rows).as(prefix)
			.isEqualTo(invoice.expectedState().stream().filter(part -> !fec || part.payer() == Payer.PATIENT).count());
		return "new";
	}

	/** truth.csv by "finess;invoice;payer", valued "due;settled;status". */
	static Map<String, String> truth(Path world) throws IOException {
		Map<String, String> rows = new TreeMap<>();
		List<String> lines = Files.readAllLines(world.resolve("truth.csv"), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(";");
			rows.put(f[0] + ";" + f[1] + ";" + f[2], f[3] + ";" + f[4] + ";" + f[5]);
		}
		return rows;
	}

	/** SHA-256 of every file of a world, by relative path. */
	static String digest(Path world) throws IOException {
		try (Stream<Path> files = Files.walk(world)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				sha.update(world.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path in(SampleEstablishment e, String name) {
		return next.outputDir().resolve("drop").resolve(e.finess()).resolve("in").resolve(name);
	}

}
