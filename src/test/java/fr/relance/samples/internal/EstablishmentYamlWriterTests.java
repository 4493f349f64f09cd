package fr.relance.samples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import fr.relance.samples.LedgerExport;
import fr.relance.samples.SampleEstablishment;
import fr.relance.support.ids.Finess;

class EstablishmentYamlWriterTests {

	@Test
	void writesAConfigurationThatReadsBackWithEveryKey() {
		SampleEstablishment establishment = EstablishmentFactory.establishment(7, 2, LedgerExport.GAM_WINDOWS1252);
		Map<String, Object> yaml = new Yaml().load(EstablishmentYamlWriter.yaml(establishment));
		assertThat(yaml).containsOnlyKeys("finess", "legalName", "sector", "address", "postcode", "city",
				"patientContact", "paymentUrl", "iban", "bic", "ledgerProfile", "scenario",
				"ledgerRecordsBankPayments");
		assertThat(yaml).containsEntry("finess", establishment.finess())
			.containsEntry("legalName", "Centre hospitalier d'Ajaccio (fictif)")
			.containsEntry("sector", "public")
			.containsEntry("postcode", "20000")
			.containsEntry("city", "Ajaccio")
			.containsEntry("paymentUrl", "https://paiement.example.fr/" + establishment.finess())
			.containsEntry("bic", "TESTFRPPXXX")
			.containsEntry("ledgerProfile", "gam-windows1252")
			.containsEntry("scenario", "public-hospital")
			.containsEntry("ledgerRecordsBankPayments", false);
		assertThat((List<?>) yaml.get("address")).hasSize(2);
		assertThat((String) yaml.get("patientContact")).contains("04 95 ");
	}

	@Test
	void theProfileChangesNothingButTheLedgerProfileKey() {
		String standard = EstablishmentYamlWriter
			.yaml(EstablishmentFactory.establishment(7, 3, LedgerExport.RELANCE_STANDARD));
		String fec = EstablishmentYamlWriter.yaml(EstablishmentFactory.establishment(7, 3, LedgerExport.FEC));
		assertThat(fec).isEqualTo(standard.replace("ledgerProfile: relance-standard\n", "ledgerProfile: fec\n"))
			.isNotEqualTo(standard);
	}

	@Test
	void corsicanEstablishmentHasAValid2AFiness() {
		String finess = EstablishmentFactory.establishment(7, 2, LedgerExport.FEC).finess();
		assertThat(finess).startsWith("2A");
		assertThat(Finess.isValid(finess)).isTrue();
	}

	@Test
	void establishmentsGetDistinctValidFinessAndPrivateClinicsFirst() {
		List<SampleEstablishment> all = java.util.stream.IntStream.range(0, 50)
			.mapToObj(index -> EstablishmentFactory.establishment(7, index, LedgerExport.FEC))
			.toList();
		assertThat(all).extracting(SampleEstablishment::finess)
			.doesNotHaveDuplicates()
			.allSatisfy(finess -> assertThat(Finess.isValid(finess)).as(finess).isTrue());
		assertThat(all.get(0).legalName()).startsWith("Clinique ").endsWith(" (fictive)");
		assertThat(all.get(0).sector()).isEqualTo(SampleEstablishment.Sector.PRIVATE);
	}

	@Test
	void ibanIsAnObviousTestAccountWithRightChecks() {
		String iban = EstablishmentFactory.establishment(7, 0, LedgerExport.RELANCE_STANDARD).iban();
		assertThat(iban).hasSize(27).startsWith("FR").contains("9999900001TEST");
		// ISO 13616: move the first four characters to the end, letters to 10..35, the
		// number mod 97 is 1
		String moved = iban.substring(4) + iban.substring(0, 4);
		StringBuilder digits = new StringBuilder();
		moved.chars().forEach(c -> digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : (char) c));
		assertThat(new BigInteger(digits.toString()).mod(BigInteger.valueOf(97))).isEqualTo(BigInteger.ONE);
	}

	@Test
	void ribKeyMatchesAPublishedWorkedExample() {
		// bank 30002, branch 00550, account 0000157845Z -> key 02 (a widely quoted
		// example)
		assertThat(TestIban.ribKey("30002", "00550", "0000157845Z")).isEqualTo(2);
	}

}
