package fr.relance.ingest.amc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.config.ConfigException;

class AmcProfilesTests {

	@TempDir
	Path dir;

	@Test
	void theShippedProfileRecognisesTheSampleStatementAndNothingElse() throws Exception {
		AmcProfiles profiles = new AmcProfiles(Path.of("jobs/profiles/amc"));

		assertThat(profiles.recognise(Files.readAllBytes(Path.of("samples/amc/statement-mut888.csv"))))
			.hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("amc-statement-standard"));
		assertThat(profiles.recognise("N° facture;Organisme;Montant réglé\n1;2;3\n".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
	}

	@Test
	void refusesAProfileWithoutStatusNorRejectCode() throws Exception {
		write("p.yml", """
				name: p
				kind: amc-statement
				separator: ";"
				columns: {invoiceNumber: a, organisation: b, paid: c, paymentDate: d, transferReference: e}
				""");

		assertThatThrownBy(() -> new AmcProfiles(dir)).isInstanceOf(ConfigException.class)
			.hasMessage("p.yml line 4, columns.status: a status or a rejectCode column is required");
	}

	@Test
	void refusesAProfileMissingARequiredColumnOrWithAnUnknownKey() throws Exception {
		write("p.yml", "name: p\nkind: amc-statement\nseparator: \";\"\ncolumns: {invoiceNumber: a}\n");
		assertThatThrownBy(() -> new AmcProfiles(dir)).isInstanceOf(ConfigException.class)
			.satisfies(e -> assertThat(((ConfigException) e).errors()).containsExactly(
					"p.yml line 4, columns.organisation: is required (the header name of the column)",
					"p.yml line 4, columns.paid: is required (the header name of the column)",
					"p.yml line 4, columns.paymentDate: is required (the header name of the column)",
					"p.yml line 4, columns.transferReference: is required (the header name of the column)",
					"p.yml line 4, columns.status: a status or a rejectCode column is required"));

		write("p.yml", "name: p\nkind: amc-statement\nseparator: \";\"\ncolour: red\n");
		assertThatThrownBy(() -> new AmcProfiles(dir)).hasMessageContaining("p.yml line 4, colour: unknown key");
	}

	private void write(String name, String yaml) throws Exception {
		Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
	}

}
