package fr.relance.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTests {

	@Test
	void escapesControlCharactersLineBreaksAnsiSequencesAndDirectionOverrides() {
		assertThat(Printable.of("a\u001b[31mred\u001b[0m\nforged\r\tline\u0085\u2028\u202e.csv"))
			.isEqualTo("a\\u001b[31mred\\u001b[0m\\u000aforged\\u000d\\u0009line\\u0085\\u2028\\u202e.csv");
	}

	@Test
	void leavesAccentedAndOrdinaryNamesAloneAndDoublesBackslashes() {
		assertThat(Printable.of("relevé-été 2026 (1).xml")).isEqualTo("relevé-été 2026 (1).xml");
		assertThat(Printable.of("a\\u001b")).isEqualTo("a\\\\u001b");
		assertThat(Printable.of(null)).isEqualTo("null");
	}

}
