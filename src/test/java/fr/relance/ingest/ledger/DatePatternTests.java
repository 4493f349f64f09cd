package fr.relance.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatePatternTests {

	@Test
	void readsEachFixedShapeByHandAndStrictly() {
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("02/10/2026")).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(DatePattern.of("yyyy-MM-dd").parseFixed("2026-10-02")).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(DatePattern.of("yyyyMMdd").parseFixed("20261002")).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("29/02/2026")).isNull();
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("31/04/2026")).isNull();
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("02-10-2026")).isNull();
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("2/10/2026")).isNull();
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("0a/10/2026")).isNull();
		assertThat(DatePattern.of("dd/MM/yyyy").parseFixed("12/13/2026")).isNull();
	}

	@Test
	void leavesOtherTextsToTheFormatter() {
		DatePattern french = DatePattern.of("dd/MM/yyyy");
		assertThat(french.parse("2/10/2026")).isNull();
		assertThat(french.parse("29/02/2026")).isNull();
		assertThat(french.parse("02/10/12026")).isNull(); // a longer year needs a sign in
															// strict reading
		assertThat(DatePattern.of("d/M/yyyy").parseFixed("2/10/2026")).isNull();
		assertThat(DatePattern.of("d/M/yyyy").parse("2/10/2026")).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(DatePattern.of("yyyy-MM-dd").parse("20261002")).isNull();
		assertThat(DatePattern.of("yyyyMMdd").parse("20261002")).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThatThrownBy(() -> DatePattern.of("dd/MM/yyyy{")).isInstanceOf(IllegalArgumentException.class);
	}

}
