package fr.relance.support.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTests {

	@Test
	void formatsInFrench() {
		assertThat(Amounts.french(new BigDecimal("1234.56"))).isEqualTo("1\u202F234,56\u00A0€");
		assertThat(Amounts.frenchNumber(new BigDecimal("0.5"))).isEqualTo("0,50");
	}

	@Test
	void parsesCommaAndPoint() {
		assertThat(Amounts.parse("1 234,5", ',')).isEqualByComparingTo("1234.50");
		assertThat(Amounts.parse("-12.30", '.')).isEqualByComparingTo("-12.30");
		assertThat(Amounts.parse("7", '.')).isEqualTo(new BigDecimal("7.00"));
	}

	@Test
	void refusesAmbiguousOrSubCentAmounts() {
		assertThatThrownBy(() -> Amounts.parse("1.234,56", ',')).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Amounts.parse("12.345", '.')).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Amounts.parse("abc", '.')).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void convertsCents() {
		assertThat(Amounts.ofCents(12345)).isEqualByComparingTo("123.45");
		assertThat(Amounts.toCents(new BigDecimal("123.45"))).isEqualTo(12345L);
	}

}
