package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.Establishment;

class ScenarioCatalogTests {

	@TempDir
	Path scenarios;

	@Test
	void loadsEveryScenarioTheEstablishmentsNameOnce() {
		ScenarioCatalog catalog = new ScenarioCatalog(Path.of("jobs/scenarios"),
				List.of(establishment("750000010", "private-clinic"), establishment("670000025", "public-hospital")));

		assertThat(catalog.get("private-clinic").version()).isEqualTo("private-clinic-2026.2");
		assertThat(catalog.get("private-clinic")).isSameAs(catalog.get("private-clinic"));
	}

	@Test
	void refusesToStartWhenAnEstablishmentNamesAMissingScenario() {
		assertThatThrownBy(() -> new ScenarioCatalog(this.scenarios, List.of(establishment("750000010", "clinic"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("cannot use the dunning scenarios:\nestablishment 750000010 names scenario 'clinic': "
					+ "no scenario file " + this.scenarios.resolve("clinic.yml").toAbsolutePath());
	}

	@Test
	void refusesToStartWithABrokenScenarioAndNamesEveryProblem() throws Exception {
		Files.writeString(this.scenarios.resolve("broken.yml"), "version: v1\nname: Broken\nsector: PRIVATE\n");

		assertThatThrownBy(() -> new ScenarioCatalog(this.scenarios, List.of(establishment("750000010", "broken"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("cannot use the dunning scenarios:\nestablishment 750000010 names scenario "
					+ "'broken': broken.yml line 1, ")
			.hasMessageContaining("bands");
	}

	@Test
	void refusesANameThatIsNotAFileName() {
		ScenarioCatalog catalog = new ScenarioCatalog(this.scenarios, List.of());

		assertThatThrownBy(() -> catalog.get("../secrets")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("'../secrets' is not a scenario name");
	}

	private static Establishment establishment(String finess, String scenario) {
		return new Establishment(finess, "Test", Establishment.Sector.PRIVATE, List.of("1 rue Haute"), "75001", "Paris",
				"01 00 00 00 00", "https://example.fr", null, null, "relance-standard", scenario,
				new Establishment.Sftp(finess, List.of(), Optional.empty()), false);
	}

}
