package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringIndexTests {

	@Test
	void numbersKeysInOrderAndFindsThemAgainAcrossGrowth() {
		StringIndex index = new StringIndex();
		for (int i = 0; i < 100_000; i++) {
			assertThat(index.add("F" + i)).isEqualTo(i);
		}
		assertThat(index.add("F42")).isEqualTo(42);
		assertThat(index.size()).isEqualTo(100_000);
		for (int i = 0; i < 100_000; i += 997) {
			assertThat(index.find("F" + i)).isEqualTo(i);
			assertThat(index.key(i)).isEqualTo("F" + i);
		}
		assertThat(index.find("F100000")).isEqualTo(StringIndex.ABSENT);
		assertThat(index.find("")).isEqualTo(StringIndex.ABSENT);
	}

	@Test
	void keysWithTheSameHashCodeStayApart() {
		StringIndex index = new StringIndex();
		// "Aa" and "BB" have the same String.hashCode, and so do their concatenations
		assertThat(index.add("AaAa")).isEqualTo(0);
		assertThat(index.add("BBBB")).isEqualTo(1);
		assertThat(index.add("AaBB")).isEqualTo(2);
		assertThat(index.find("BBBB")).isEqualTo(1);
		assertThat(index.find("BBAa")).isEqualTo(StringIndex.ABSENT);
	}

}
