package fr.relance.ingest.payments;

import static fr.relance.ingest.payments.Camt053Fixtures.TEST_IBAN;
import static fr.relance.ingest.payments.Camt053Fixtures.V02;
import static fr.relance.ingest.payments.Camt053Fixtures.credit;
import static fr.relance.ingest.payments.Camt053Fixtures.document;
import static fr.relance.ingest.payments.Camt053Fixtures.parse;
import static fr.relance.ingest.payments.Camt053Fixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * A doubtful entry is refused whole with a reason, and the entries after it are still
 * read.
 */
class Camt053RefusalTests {

	private static final String NEXT = credit("2.00", "EUR", "");

	@Test
	void refusesABatchWhoseTransactionsLackAmounts() {
		assertRefused(credit("30.00", "EUR", tx("10.00", "a") + tx(null, "b")), SkipReason.BATCH_AMOUNTS_MISSING,
				"2 transactions, transaction 2 has no amount");
	}

	@Test
	void refusesABatchWhoseAmountsDoNotAddUp() {
		assertRefused(credit("30.00", "EUR", tx("10.00", "a") + tx("19.99", "b")), SkipReason.AMOUNTS_MISMATCH,
				"entry 30.00 EUR, transactions add up to 29.99");
	}

	@Test
	void refusesATransactionInAnotherCurrency() {
		String usd = tx("10.00", "a").replace("EUR", "USD");
		assertRefused(credit("20.00", "EUR", tx("10.00", "b") + usd), SkipReason.CURRENCY_NOT_EUR,
				"transaction 2 amount 10.00 in USD, only EUR is handled");
	}

	@Test
	void refusesAmountsFinerThanTheCentOrNotPositive() {
		assertRefused(credit("1.005", "EUR", ""), SkipReason.AMOUNT_INVALID,
				"entry amount 1.005 is not positive in cents");
		assertRefused(credit("0.00", "EUR", ""), SkipReason.AMOUNT_INVALID,
				"entry amount 0.00 is not positive in cents");
		assertRefused(credit("1,50", "EUR", ""), SkipReason.AMOUNT_INVALID, "entry amount '1,50' is not a decimal");
		// an exponent could make BigDecimal build a number of a billion digits
		assertRefused(credit("1E999999999", "EUR", ""), SkipReason.AMOUNT_INVALID,
				"entry amount '1E999999999' is not a decimal");
	}

	@Test
	void acceptsTrailingZerosBeyondTheCent() {
		assertThat(parse(document(V02, TEST_IBAN, credit("12.5000", "EUR", ""))).lines())
			.extracting(BankCreditLine::amount)
			.containsExactly(new BigDecimal("12.50"));
	}

	@Test
	void refusesAnImpossibleBookingDate() {
		assertRefused(credit("1.00", "EUR", "").replace("2026-03-02", "2026-02-30"), SkipReason.DATE_INVALID,
				"booking date '2026-02-30' is not an ISO date");
	}

	@Test
	void refusesADebitTransactionInsideACredit() {
		String debitTx = tx("1.00", "a").replace("<AmtDtls>", "<CdtDbtInd>DBIT</CdtDbtInd><AmtDtls>");
		assertRefused(credit("1.00", "EUR", debitTx), SkipReason.DIRECTION_INVALID,
				"a transaction is DBIT in a credit");
	}

	@Test
	void listsACreditWithAProprietaryStatus() {
		String proprietary = credit("1.00", "EUR", "").replace("<Sts>BOOK</Sts>", "<Sts><Prtry>BOOKED</Prtry></Sts>");
		Camt053Fixtures.Parsed parsed = parse(document(V02, TEST_IBAN, proprietary, NEXT));
		assertThat(parsed.summary().skippedEntries()).containsExactly(
				new SkippedEntry(1, 5, SkipReason.STATUS_UNKNOWN, "status BOOKED is not BOOK, PDNG, INFO or FUTR"));
		assertThat(parsed.summary().notBookedSkipped()).isEqualTo(1);
	}

	@Test
	void refusesCreditsOfAnAccountWithoutIban() {
		Camt053Fixtures.Parsed parsed = parse(document(V02, null, credit("1.00", "EUR", "")));
		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.summary().skippedEntries()).extracting(SkippedEntry::reason)
			.containsExactly(SkipReason.ACCOUNT_IBAN_MISSING);
	}

	private static void assertRefused(String entry, SkipReason reason, String detail) {
		Camt053Fixtures.Parsed parsed = parse(document(V02, TEST_IBAN, entry, NEXT));
		assertThat(parsed.summary().skippedEntries()).containsExactly(new SkippedEntry(1, 5, reason, detail));
		assertThat(parsed.lines()).extracting(BankCreditLine::entryNumber, BankCreditLine::sequence)
			.containsExactly(tuple(2, 1L));
		assertThat(parsed.summary().creditTotal()).isEqualByComparingTo("2.00");
	}

}
