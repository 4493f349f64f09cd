package fr.relance.support.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressBlockTests {

	@Test
	void aFrenchAddressEndsWithThePostcodeAndTheCityInCapitalsWithoutAccents() {
		AddressBlock.Result result = AddressBlock.of("Anne  Martin", List.of("12 rue des Lilas", " "), "75011",
				"Saint-Étienne-du-Rouvray", null);

		assertThat(result.block().lines()).containsExactly("Anne Martin", "12 rue des Lilas",
				"75011 SAINT-ETIENNE-DU-ROUVRAY");
	}

	@Test
	void aLongStreetLineIsSplitAtASpaceAndALongNameIsCut() {
		String name = "Marie-Christine Dupont-Delacroix de la Tour";
		AddressBlock block = AddressBlock
			.of(name, List.of("Résidence des Grands Chênes bâtiment B escalier 4"), "69003", "Lyon", "FR")
			.block();

		assertThat(block.lines()).allMatch((l) -> l.length() <= AddressBlock.MAX_LENGTH);
		assertThat(block.lines()).containsExactly("Marie-Christine Dupont-Delacroix de la",
				"Résidence des Grands Chênes bâtiment B", "escalier 4", "69003 LYON");
	}

	@Test
	void refusalsNameWhatIsWrong() {
		assertThat(AddressBlock.check(Arrays.asList(null, ""), "75011", "Paris", null)).isEqualTo("no street line");
		assertThat(AddressBlock.check(List.of("1 rue"), "7501", "Paris", "FR"))
			.isEqualTo("the postcode is not five digits");
		assertThat(AddressBlock.check(List.of("1 rue"), "75011", " ", null)).isEqualTo("no city");
		assertThat(AddressBlock.check(List.of("1 rue", "a", "b", "c", "d"), "75011", "Paris", null))
			.contains("at most 6");
	}

	@Test
	void aForeignAddressEndsWithTheCountryInCapitals() {
		AddressBlock block = AddressBlock.of("Hans Müller", List.of("Hauptstraße 5"), "79098", "Freiburg", "DE")
			.block();

		assertThat(block.lines()).containsExactly("Hans Müller", "Hauptstraße 5", "79098 FREIBURG", "ALLEMAGNE");
	}

	@Test
	void theGateAndTheRendererGiveTheSameAnswerWhateverTheName() {
		List<String> street = List.of("Chemin de la Grande Fontaine prolongée numéro", "2 bis", "3", "4");
		String gate = AddressBlock.check(street, "38000", "Grenoble", null);
		AddressBlock.Result renderer = AddressBlock.of("A very long name that will be cut somewhere", street, "38000",
				"Grenoble", null);

		assertThat(gate).isNotNull().isEqualTo(renderer.refusal());
	}

}
