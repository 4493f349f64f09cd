package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class Camt053ReaderTests {

	private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

	@Test
	void readsTheSingleTransferOfTheSampleToExactValues() {
		BankCreditLine first = readResource("statement-v02.xml").lines().get(0);
		assertThat(first).isEqualTo(new BankCreditLine("TEST-STMT-20260302", "FR089999900001TEST0000000199", 1, 1, 1,
				29, MARCH_2, MARCH_2, new BigDecimal("85.40"), "E0001", "BANKREF-0001", "PATIENT-E2E-1",
				"Jeanne TESTPATIENTE", "Reglement facture de mars", "RF4475000001000000042", false));
	}

	@Test
	void summarisesTheSampleWithEveryEntryAccountedFor() {
		Camt053Summary summary = readResource("statement-v02.xml").summary();
		assertThat(summary.statements()).isEqualTo(1);
		assertThat(summary.entries()).isEqualTo(7);
		assertThat(summary.creditLines()).isEqualTo(5);
		assertThat(summary.creditTotal()).isEqualByComparingTo("255.40");
		assertThat(summary.reversals()).isEqualTo(1);
		assertThat(summary.debitsSkipped()).isEqualTo(2);
		assertThat(summary.notBookedSkipped()).isEqualTo(1);
		assertThat(summary.skippedEntries()).containsExactly(
				new SkippedEntry(6, 119, SkipReason.CURRENCY_NOT_EUR, "entry amount 40.00 in USD, only EUR is handled"),
				new SkippedEntry(7, 127, SkipReason.DEBIT_REVERSAL,
						"reversal debit of 45.00 EUR, bank reference BANKREF-0007"));
	}

	@Test
	void splitsABatchedEntryIntoOneLinePerTransaction() {
		List<BankCreditLine> batch = readResource("statement-v02.xml").lines().subList(1, 4);
		assertThat(batch)
			.extracting(BankCreditLine::entryNumber, BankCreditLine::transactionNumber, BankCreditLine::sequence,
					BankCreditLine::amount, BankCreditLine::accountServicerReference, BankCreditLine::debtorName,
					BankCreditLine::remittanceText)
			.containsExactly(
					tuple(2, 1, 2L, new BigDecimal("100.00"), "BANKREF-0002-A", "Paul EXEMPLE",
							"rf17 7500 0001 0000 0004 3"),
					tuple(2, 2, 3L, new BigDecimal("30.50"), "BANKREF-0002-B", "Marie FICTIVE", "FACTURE F260000123"),
					tuple(2, 3, 4L, new BigDecimal("19.50"), "BANKREF-0002-C", "Luc INVENTE", null));
		assertThat(batch).allSatisfy((line) -> {
			assertThat(line.entryReference()).isEqualTo("E0002");
			assertThat(line.endToEndId()).isNull();
			assertThat(line.valueDate()).isEqualTo(LocalDate.of(2026, 3, 3));
			assertThat(line.xmlLine()).isEqualTo(64);
		});
	}

	@Test
	void flagsAReversalCreditAndTakesItsLabelFromAdditionalInformation() {
		BankCreditLine reversal = readResource("statement-v02.xml").lines().get(4);
		assertThat(reversal.entryNumber()).isEqualTo(4);
		assertThat(reversal.reversal()).isTrue();
		assertThat(reversal.amount()).isEqualByComparingTo("20.00");
		assertThat(reversal.remittanceText()).isEqualTo("RETOUR PRLV SEPA TEST");
		assertThat(reversal.valueDate()).isNull();
	}

	@Test
	void skipsDebitsAndCountsThem() {
		Camt053Fixtures.Parsed parsed = Camt053Fixtures.parse(Camt053Fixtures.document(Camt053Fixtures.V02,
				Camt053Fixtures.TEST_IBAN, Camt053Fixtures.credit("10.00", "EUR", "").replace("CRDT", "DBIT"),
				Camt053Fixtures.credit("5.00", "EUR", "")));
		assertThat(parsed.lines()).extracting(BankCreditLine::entryNumber).containsExactly(2);
		assertThat(parsed.summary().debitsSkipped()).isEqualTo(1);
		assertThat(parsed.summary().skippedEntries()).isEmpty();
	}

	@Test
	void readsThe00108LayoutWithPartyChoiceAndStatusCode() {
		Camt053Fixtures.Parsed parsed = readResource("statement-v08.xml");
		assertThat(parsed.lines())
			.extracting(BankCreditLine::transactionNumber, BankCreditLine::amount, BankCreditLine::debtorName,
					BankCreditLine::endToEndId, BankCreditLine::creditorReference, BankCreditLine::remittanceText)
			.containsExactly(
					tuple(1, new BigDecimal("40.00"), "Claire ESSAI", "E2E-V08-A", "RF19 7500 0001 0000 0000 7", null),
					tuple(2, new BigDecimal("24.00"), "Hugo ESSAI", "E2E-V08-B", null,
							"Facture F260000777 & consultation"));
		assertThat(parsed.lines()).allSatisfy((line) -> {
			assertThat(line.accountIban()).isEqualTo("FR849999900003TEST0000000399");
			assertThat(line.statementId()).isEqualTo("TEST-STMT-V08");
			assertThat(line.xmlLine()).isEqualTo(9);
		});
		// the foreign-namespace Ntry is not an entry
		assertThat(parsed.summary().entries()).isEqualTo(2);
		assertThat(parsed.summary().debitsSkipped()).isEqualTo(1);
	}

	@Test
	void acceptsAnyVersionOfTheCamt053Namespace() {
		for (String version : List.of("001.02", "001.04", "001.08", "001.13")) {
			String xml = Camt053Fixtures.document("urn:iso:std:iso:20022:tech:xsd:camt.053." + version,
					Camt053Fixtures.TEST_IBAN, Camt053Fixtures.credit("7.00", "EUR", ""));
			assertThat(Camt053Fixtures.parse(xml).lines()).as(version)
				.extracting(BankCreditLine::amount)
				.containsExactly(new BigDecimal("7.00"));
		}
	}

	@Test
	void readsTheShippedSample() {
		List<BankCreditLine> lines = new ArrayList<>();
		try (Camt053Reader reader = Camt053Reader.open(Path.of("samples/payments/camt053-sample.xml"))) {
			for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
				lines.add(line);
			}
			assertThat(reader.summary().creditTotal()).isEqualByComparingTo("215.30");
			assertThat(reader.summary().debitsSkipped()).isEqualTo(1);
		}
		assertThat(lines).extracting(BankCreditLine::amount)
			.containsExactly(new BigDecimal("120.00"), new BigDecimal("45.30"), new BigDecimal("50.00"));
	}

	@Test
	void keepsDebtorNameAndRemittanceOutOfToString() {
		BankCreditLine first = readResource("statement-v02.xml").lines().get(0);
		assertThat(first.toString())
			.isEqualTo("BankCreditLine[1.1 seq 1 line 29, 85.40 EUR booked 2026-03-02, ref BANKREF-0001]");
	}

	static Camt053Fixtures.Parsed readResource(String name) {
		List<BankCreditLine> lines = new ArrayList<>();
		try (InputStream in = Camt053ReaderTests.class.getResourceAsStream("/camt053/" + name)) {
			Camt053Summary summary = Camt053Reader.readAll(in, name, lines::add);
			return new Camt053Fixtures.Parsed(lines, summary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
