package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class BinaryCopyRowsTests {

	/** Signature, flags and header extension length. */
	private static final int HEADER = 19;

	@Test
	void writesAmountsAsBase10000NumericsOfScale2() {
		assertThat(field(new BinaryCopyRows().amount(new BigDecimal("0.00")))).containsExactly(0, 0, 0, 8, 0, 0, 0, 0, 0,
				0, 0, 2);
		assertThat(field(new BinaryCopyRows().amount(new BigDecimal("10000.00")))).containsExactly(0, 0, 0, 12, 0, 2, 0,
				1, 0, 0, 0, 2, 0, 1, 0, 0);
		assertThat(field(new BinaryCopyRows().amount(new BigDecimal("0.05")))).containsExactly(0, 0, 0, 10, 0, 1, 0xFF,
				0xFF, 0, 0, 0, 2, 0x01, 0xF4);
		assertThat(field(new BinaryCopyRows().amount(new BigDecimal("12.50")))).containsExactly(0, 0, 0, 12, 0, 2, 0, 0,
				0, 0, 0, 2, 0, 12, 0x13, 0x88);
	}

	@Test
	void writesDatesAsDaysSince2000AndNullsAsMinusOne() {
		assertThat(field(new BinaryCopyRows().date(LocalDate.of(2000, 1, 2)))).containsExactly(0, 0, 0, 4, 0, 0, 0, 1);
		assertThat(field(new BinaryCopyRows().date(LocalDate.of(1999, 12, 31)))).containsExactly(0, 0, 0, 4, 0xFF,
				0xFF, 0xFF, 0xFF);
		assertThat(field(new BinaryCopyRows().text(null))).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
	}

	private static int[] field(BinaryCopyRows rows) {
		byte[] bytes = Arrays.copyOfRange(rows.bytes(), HEADER, rows.size());
		int[] unsigned = new int[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			unsigned[i] = bytes[i] & 0xFF;
		}
		return unsigned;
	}

}
