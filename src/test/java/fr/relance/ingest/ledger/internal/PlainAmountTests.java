package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.support.money.Amounts;

class PlainAmountTests {

	@Test
	void readsTheUsualShapesExactlyAsTheGeneralParser() {
		for (String text : List.of("0", "0,00", "12", "12,5", "12,50", "007,05", "1234567,89", "999999999999,99")) {
			assertThat(PlainAmount.parse(text, ',')).as(text)
				.isEqualTo(Amounts.parse(text, ','))
				.isEqualTo(new BigDecimal(text.replace(',', '.')).setScale(2));
		}
		assertThat(PlainAmount.parse("12.50", '.')).isEqualTo(new BigDecimal("12.50"));
	}

	@Test
	void leavesEveryOtherShapeToTheGeneralParser() {
		for (String text : List.of("", "-5,00", "+5", "1 234,56", "12,", ",50", "1,234", "12.50", "1,2,3", "abc",
				"1234567890123456")) {
			assertThat(PlainAmount.parse(text, ',')).as(text).isNull();
		}
	}

}
