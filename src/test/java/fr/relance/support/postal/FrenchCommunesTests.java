package fr.relance.support.postal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Postcode and city consistency against the packaged list of French postcodes and
 * communes.
 */
class FrenchCommunesTests {

	private final FrenchCommunes communes = FrenchCommunes.packaged();

	@Test
	void acceptsACityAsPeopleWriteIt() {
		assertThat(communes.consistent("75015", "Paris")).isTrue();
		assertThat(communes.consistent("75015", "PARIS 15")).isTrue();
		assertThat(communes.consistent("75015", "Paris 15e")).isTrue();
		assertThat(communes.consistent("13001", "Marseille 1er")).isTrue();
		assertThat(communes.consistent("69003", "LYON 3EME")).isTrue();
		assertThat(communes.consistent("92100", "Boulogne-Billancourt")).isTrue();
		assertThat(communes.consistent("92100", "BOULOGNE BILLANCOURT")).isTrue();
		assertThat(communes.consistent("67600", "Sélestat")).isTrue();
		assertThat(communes.consistent("35400", "St-Malo")).isTrue();
		assertThat(communes.consistent("97110", "Pointe-à-Pitre")).isTrue();
		assertThat(communes.consistent("20000", "Ajaccio")).isTrue();
		assertThat(communes.consistent("97400", "Saint-Denis")).isTrue();
		assertThat(communes.consistent("31000", "Toulouse Cedex 6")).isTrue();
	}

	@Test
	void refusesACityThePostcodeDoesNotServe() {
		assertThat(communes.consistent("75015", "Lyon")).isFalse();
		assertThat(communes.consistent("92100", "Boulogne-sur-Mer")).isFalse();
		assertThat(communes.consistent("67600", "Strasbourg")).isFalse();
		assertThat(communes.communes("67600", 12)).contains("Sélestat").doesNotContain("Strasbourg");
	}

	@Test
	void doesNotJudgeAPostcodeTheListDoesNotKnow() {
		assertThat(communes.knows("00001")).isFalse();
		assertThat(communes.consistent("00001", "Nulle Part")).isTrue();
		assertThat(communes.consistent("75015", "")).isTrue();
	}

}
