package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement far bigger than any test heap share would hold as a DOM streams through
 * line by line.
 */
class Camt053LargeFileTests {

	private static final int ENTRIES = 50_000;

	@Test
	void streamsFiftyThousandEntries(@TempDir Path dir) {
		Path file = dir.resolve("big-camt053.xml");
		Camt053Fixtures.writeLargeStatement(file, ENTRIES);
		long count = 0;
		long lastSequence = 0;
		BigDecimal sum = BigDecimal.ZERO;
		try (Camt053Reader reader = Camt053Reader.open(file)) {
			for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
				count++;
				sum = sum.add(line.amount());
				lastSequence = line.sequence();
			}
			assertThat(reader.summary().creditTotal()).isEqualByComparingTo(sum);
		}
		// amounts are 1.00 + (i mod 100) cents: 500 rounds of 100.00 + (0 + 1 + ... + 99)
		// cents = 500 x 149.50
		assertThat(count).isEqualTo(ENTRIES);
		assertThat(lastSequence).isEqualTo(ENTRIES);
		assertThat(sum).isEqualByComparingTo("74750.00");
	}

}
