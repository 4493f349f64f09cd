package fr.relance.output.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.output.EstablishmentOutput;
import fr.relance.output.OutputNight;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The operators' call list after the real ladder (first letter, SMS, second letter, then
 * the call): one list per establishment and night, highest expected value first, with
 * what an operator needs and nothing medical, once.
 */
@EngineTest
class CallListTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate FIRST = LocalDate.of(2032, 3, 10);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, FIRST.minusDays(1));
		world.establishment = world.establishment.withSms(new fr.relance.establishment.SmsSettings(
				java.util.Optional.of("CLINESSAIS"), java.util.Optional.empty()));
	}

	/** Each night: a fresh ledger, the decisions, then what they planned goes out. */
	private EstablishmentOutput night(LocalDate on) {
		world.ledger(on.minusDays(1));
		dunning.decide(world.finess, on);
		return output.emit(world.establishment, on);
	}

	private List<Map<String, Object>> calls() {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.id, a.status, a.expected_gain, b.file_path, b.archive_path, b.kind
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				LEFT JOIN output_batch b ON b.id = a.output_batch_id
				WHERE c.finess = :f AND a.channel = 'CALL' ORDER BY a.expected_gain DESC""")
			.bind("f", world.finess)
			.mapToMap()
			.list());
	}

	/**
	 * The cells as a spreadsheet shows them: semicolons, UTF-8 behind its byte-order
	 * mark.
	 */
	private static List<List<String>> csv(Path file) throws Exception {
		String text = Files.readString(file);
		assertThat(text).startsWith("\uFEFF");
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(text.substring(1),
				org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			return parser.getRecords().stream().map((r) -> r.toList()).toList();
		}
	}

	@Test
	void theNightsCallsAreListedOnceByExpectedValueWithWhatAnOperatorNeedsAndNothingMedical() throws Exception {
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2032-001", FIRST.minusDays(40))
			.issued(FIRST.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		Patient jean = world.patient("IPP-0002")
			.named("Jean", "Lefèvre")
			.livingAt("4 rue Schoelcher", "97110", "Pointe-à-Pitre");
		jean.invoice("F-2032-003", FIRST.minusDays(40)).issued(FIRST.minusDays(45)).caredOn(CARE).patientPart("80.00");
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO patient_contact (patient_id, contacted_on, channel, origin, refused_calls, source_file_id,
				    source_line)
				SELECT :p, :on, 'PHONE', 'DEBTOR', FALSE, source_file_id, 99 FROM patient WHERE id = :p
				""").bind("p", anne.id()).bind("on", FIRST.plusDays(2)).execute());

		for (LocalDate on = FIRST; on.isBefore(FIRST.plusDays(90)); on = on.plusDays(1)) {
			night(on);
			if (calls().stream().anyMatch((r) -> r.get("status").equals("emitted"))) {
				break;
			}
		}

		List<Map<String, Object>> rows = calls();
		assertThat(rows).hasSize(2).allSatisfy((r) -> assertThat(r.get("status")).isEqualTo("emitted"));
		Path file = Path.of((String) rows.get(0).get("file_path"));
		assertThat(file.getParent().getFileName().toString()).isEqualTo(world.finess);
		assertThat(file.getFileName().toString()).matches("\\d{4}-\\d\\d-\\d\\d-" + world.finess + "-appels-001\\.csv");
		Path copy = Path.of((String) rows.get(0).get("archive_path"));
		assertThat(copy.toString()).contains("/" + world.finess + "/out/");
		assertThat(Files.mismatch(file, copy)).isEqualTo(-1L);

		List<List<String>> csv = csv(file);
		assertThat(csv.get(0)).containsExactly("rang", "reference_appel", "patient", "dossier", "telephone", "solde_du",
				"factures", "envois", "derniers_contacts", "appeler_a_partir_de", "creneaux", "valeur_attendue");
		List<String> first = csv.get(1);
		assertThat(first.subList(0, 6)).containsExactly("1", "APPEL-" + rows.get(0).get("id"), "Anne MARTIN",
				"IPP-0001", "06 12 34 56 78", "1\u202F234,56");
		assertThat(first.get(6)).isEqualTo("F-2032-001 du 10/01/2032 : 1\u202F234,56\u00A0€");
		assertThat(first.get(7)).matches("courrier RL20320310-\\d+-1 du 10/03/2032 \\| SMS du \\d\\d/\\d\\d/2032"
				+ " \\| courrier RL2032\\d+-\\d+-\\d+ du \\d\\d/\\d\\d/2032");
		assertThat(first.get(8)).isEqualTo("12/03/2032 téléphone (patient)");
		assertThat(first.get(9)).matches("\\d\\d/\\d\\d/2032 1\\d:00");
		assertThat(first.get(10)).isEqualTo("lun. mar. mer. jeu. ven. 10:00-13:00, 14:00-20:00 (heure de Paris)");
		List<String> second = csv.get(2);
		assertThat(second.subList(0, 5)).containsExactly("2", "APPEL-" + rows.get(1).get("id"), "Jean LEFÈVRE",
				"IPP-0002", "06 12 34 56 78");
		assertThat(second.get(10)).endsWith("(heure locale America/Guadeloupe)");
		assertThat(Files.readString(file)).doesNotContain("01/07/2026", "14/07/1961", "rue des Lilas");

		EstablishmentOutput again = output.emit(world.establishment,
				LocalDate.parse(file.getFileName().toString().substring(0, 10)));
		assertThat(again.due()).isZero();
		int lists = jdbi
			.withHandle((h) -> h.createQuery("SELECT count(*) FROM output_batch WHERE finess = :f AND kind = 'calls'")
				.bind("f", world.finess)
				.mapTo(Integer.class)
				.one());
		assertThat(lists).isEqualTo(1);
	}

}
