package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Options;
import fr.relance.formats.b2.B2Reader;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieOptions;
import fr.relance.formats.noemie.NoemieReader;
import fr.relance.ingest.payments.BankCreditLine;
import fr.relance.ingest.payments.Camt053Reader;

/**
 * A world generated with returns: every case the accuracy test relies on occurs in the 2
 * x 300 world, and the engine's own readers accept the NOEMIE, B2 and camt.053 files,
 * addressed to the right establishment.
 */
class GeneratedReturnsTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@TempDir
	static Path dir;

	static GenerationOptions options;

	static List<GeneratedInvoice> invoices = new ArrayList<>();

	@BeforeAll
	static void generate() throws IOException {
		options = new GenerationOptions(2, 300, 4_242, NIGHT, dir).withReturns(true);
		new SampleWorldGenerator().generate(options);
		SampleWorldGenerator generator = new SampleWorldGenerator();
		for (int i = 0; i < 2; i++) {
			generator.invoices(options, generator.establishment(options, i)).forEach(invoices::add);
		}
	}

	@Test
	void everyReturnOutcomeAndTransferKindOccurs() {
		Map<PayerReturn.Outcome, Integer> outcomes = new EnumMap<>(PayerReturn.Outcome.class);
		Map<BankTransfer.Kind, Integer> kinds = new EnumMap<>(BankTransfer.Kind.class);
		int alreadyInLedger = 0;
		int amc = 0;
		for (GeneratedInvoice invoice : invoices) {
			for (PayerReturn r : invoice.settlement().returns()) {
				outcomes.merge(r.outcome(), 1, Integer::sum);
				alreadyInLedger += r.alreadyInLedger() ? 1 : 0;
				amc += r.payer() == Payer.AMC ? 1 : 0;
			}
			BankTransfer bank = invoice.settlement().bankTransfer();
			if (bank != null) {
				kinds.merge(bank.kind(), 1, Integer::sum);
			}
		}
		System.out.println("outcomes " + outcomes + ", already in ledger " + alreadyInLedger + ", AMC " + amc
				+ ", transfers " + kinds);
		assertThat(outcomes).containsOnlyKeys(PayerReturn.Outcome.values());
		assertThat(kinds).containsOnlyKeys(BankTransfer.Kind.values());
		assertThat(alreadyInLedger).isPositive();
		assertThat(amc).isPositive();
	}

	@Test
	void noemieFilesAreAddressedToTheirEstablishmentAndCarryEveryReturn() throws IOException {
		for (int i = 0; i < 2; i++) {
			SampleEstablishment e = new SampleWorldGenerator().establishment(options, i);
			List<Object> events = new ArrayList<>();
			try (InputStream in = Files.newInputStream(in(e, "noemie-20261120.noemie"))) {
				new NoemieReader(NoemieOptions.defaults()).read(in, events::add);
			}
			NoemieHeader header = (NoemieHeader) events.get(0);
			assertThat(header.addresseeNumber().strip()).isEqualTo(e.finess());
			long returns = events.stream().filter(InvoiceReturn.class::isInstance).count();
			assertThat(returns).isEqualTo(invoices.stream()
				.filter(inv -> inv.finess().equals(e.finess()) && !inv.settlement().returns().isEmpty())
				.count());
			// each transfer also recovers an undue payment, netted in its total
			assertThat(events).filteredOn(fr.relance.formats.noemie.Retention.class::isInstance)
				.singleElement()
				.satisfies(r -> assertThat(((fr.relance.formats.noemie.Retention) r).amountCents()).isEqualTo(1234));
		}
	}

	@Test
	void b2FilesBillTheRecentInvoicesWithTheLedgerSplit() throws IOException {
		SampleEstablishment e = new SampleWorldGenerator().establishment(options, 0);
		List<B2Invoice> billed = new ArrayList<>();
		try (InputStream in = Files.newInputStream(in(e, "b2-20261120.b2"))) {
			new B2Reader(B2Options.strictDefaults()).read(in, event -> {
				if (event instanceof B2Invoice b) {
					billed.add(b);
				}
			});
		}
		List<GeneratedInvoice> expected = invoices.stream()
			.filter(inv -> inv.finess().equals(e.finess()) && inv.settlement().billed())
			.toList();
		assertThat(billed).hasSameSizeAs(expected).isNotEmpty();
		assertThat(billed.get(0).key().invoiceNumber()).isEqualTo(expected.get(0).payerNumber());
		assertThat(billed.get(0).split().amoCents())
			.isEqualTo(expected.get(0).due(Payer.AMO).movePointRight(2).longValueExact());
		assertThat(billed.get(0).split().patientAfterAmcCents())
			.isEqualTo(expected.get(0).due(Payer.PATIENT).movePointRight(2).longValueExact());
	}

	@Test
	void bankStatementsAreOnTheEstablishmentAccountWithOneLinePerTransferAndTheUnknownInvoice() throws IOException {
		SampleEstablishment e = new SampleWorldGenerator().establishment(options, 1);
		List<BankCreditLine> lines = new ArrayList<>();
		try (Camt053Reader reader = Camt053Reader.open(in(e, "releve-20261120.xml"))) {
			for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
				lines.add(line);
			}
		}
		long transfers = invoices.stream()
			.filter(inv -> inv.finess().equals(e.finess()) && inv.settlement().bankTransfer() != null)
			.count();
		assertThat(lines).hasSize((int) transfers + 1);
		assertThat(lines).extracting(BankCreditLine::accountIban).containsOnly(e.iban());
		assertThat(lines.get(lines.size() - 1).remittanceText()).isEqualTo("Reglement facture F099999999");
	}

	@Test
	void withoutReturnsOnlyTheLedgerIsDropped() throws IOException {
		Path plain = dir.resolve("plain");
		new SampleWorldGenerator().generate(new GenerationOptions(1, 50, 4_242, NIGHT, plain));
		try (Stream<Path> files = Files.list(plain.resolve("drop")
			.resolve(new SampleWorldGenerator().establishment(options, 0).finess())
			.resolve("in"))) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ledger-20261120.csv");
		}
	}

	@Test
	void everyProfileButTheFecGetsTheNightFilesCorsicaIncluded() throws IOException {
		Path four = dir.resolve("four");
		GenerationOptions all = new GenerationOptions(4, 200, 4_242, NIGHT, four).withReturns(true);
		new SampleWorldGenerator().generate(all);
		for (int i = 0; i < 4; i++) {
			SampleEstablishment e = new SampleWorldGenerator().establishment(all, i);
			try (Stream<Path> files = Files.list(four.resolve("drop").resolve(e.finess()).resolve("in"))) {
				List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
				if (e.ledgerProfile() == LedgerExport.FEC) {
					assertThat(names).containsExactly("FEC-20261120.txt");
				}
				else {
					assertThat(names).containsExactly("b2-20261120.b2", "ledger-20261120.csv", "noemie-20261120.noemie",
							"releve-20261120.xml");
				}
			}
		}
		assertThat(new SampleWorldGenerator().establishment(all, 2).finess()).startsWith("2A");
	}

	private static Path in(SampleEstablishment e, String name) {
		return dir.resolve("drop").resolve(e.finess()).resolve("in").resolve(name);
	}

}
