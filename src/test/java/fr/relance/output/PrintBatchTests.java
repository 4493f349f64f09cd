package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * Print batches as the printer and ops see them: registered letters (formal notices) in
 * their own file with their index, and a letter that cannot be rendered named in the
 * night's alerts.
 */
@EngineTest
class PrintBatchTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate NIGHT = LocalDate.of(2034, 2, 8);

	static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	RelanceProperties properties;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, NIGHT.minusDays(1));
	}

	private long patientOwing(String id, String amount) {
		Patient p = world.patient(id).named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		p.invoice("F-" + id, NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart(amount);
		return p.id();
	}

	/**
	 * A formal notice planned on {@code on} for the case of the emitted first letter
	 * {@code first}.
	 */
	private String formalNotice(String first, LocalDate on) {
		String reference = first.substring(0, first.length() - 1) + "9";
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO dunning_action (case_id, step_number, channel, scenario, scenario_version, run_date,
				    balance, cost, expected_gain, reasons, reference, step_id, band, quotes_reference)
				SELECT case_id, step_number + 2, 'REGISTERED_LETTER', scenario, scenario_version, :on, balance, 5.62,
				    expected_gain, reasons, :reference, 'formal-notice', band, reference
				FROM dunning_action WHERE reference = :first""")
			.bind("on", on)
			.bind("reference", reference)
			.bind("first", first)
			.execute());
		return reference;
	}

	private List<Map<String, Object>> emitted() {
		return jdbi.withHandle((h) -> h
			.createQuery(
					"""
							SELECT a.reference, a.step_id, a.first_page, a.pages, a.emitted_on, b.kind, b.file_path, b.index_path
							FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id JOIN output_batch b ON b.id = a.output_batch_id
							WHERE c.finess = :f ORDER BY a.id""")
			.bind("f", world.finess)
			.mapToMap()
			.list());
	}

	@Test
	void formalNoticesGoInTheirOwnBatchWhoseIndexLeavesTheRegisteredNumberToThePrinter() throws Exception {
		patientOwing("B-NOTICE", "300.00");
		patientOwing("B-SIMPLE", "120.00");
		dunning.decide(world.finess, NIGHT);
		output.emit(world.establishment, NIGHT);
		String first = (String) emitted().get(0).get("reference");
		// a simple letter waiting too, so that both kinds are printed on the same night
		patientOwing("B-LATER", "75.00");
		dunning.decide(world.finess, NIGHT.plusDays(1));
		LocalDate later = NIGHT.plusDays(45);
		String notice = formalNotice(first, later);

		EstablishmentOutput done = output.emit(world.establishment, later);

		assertThat(done.emitted()).isEqualTo(2);
		Map<String, Object> registered = emitted().stream()
			.filter((r) -> notice.equals(r.get("reference")))
			.findFirst()
			.orElseThrow();
		assertThat(registered.get("kind")).isEqualTo("registered_letters");
		Path file = Path.of((String) registered.get("file_path"));
		assertThat(file.getFileName().toString()).isEqualTo(later + "-" + world.finess + "-recommandees-001.pdf");
		assertThat(emitted())
			.filteredOn((r) -> later.equals(((java.sql.Date) r.get("emitted_on")).toLocalDate())
					&& !notice.equals(r.get("reference")))
			.singleElement()
			.satisfies((r) -> assertThat((String) r.get("file_path")).endsWith("-lettres-001.pdf"));
		assertThat(Pdfs.pages(file)).isEqualTo(registered.get("pages"));
		String text = Pdfs.text(file).replace('\n', ' ');
		assertThat(text).contains("Lettre recommandée avec avis de réception", notice,
				"Suite à notre courrier réf. " + first + " du " + NIGHT.format(FRENCH));
		// only the formal notice in this file: its invoice, not those of the simple
		// letters
		assertThat(text).contains("F-B-NOTICE").doesNotContain("F-B-SIMPLE", "F-B-LATER");

		List<String> index = Files.readAllLines(Path.of((String) registered.get("index_path")), StandardCharsets.UTF_8);
		assertThat(index).containsExactly("sequence;reference;pages;classe_postale;numero_recommande",
				"1;" + notice + ";" + registered.get("pages") + ";recommande_ar;");
	}

	@Test
	void aLetterThatCannotBeRenderedRaisesAnAlertOfTheNight() throws Exception {
		patientOwing("B-NOPAY", "50.00");
		dunning.decide(world.finess, NIGHT);
		Establishment e = world.establishment;
		Establishment unpaid = new Establishment(e.finess(), e.legalName(), e.sector(), e.address(), e.postcode(),
				e.city(), e.patientContact(), null, null, null, e.ledgerProfile(), e.scenario(), e.sftp(),
				e.ledgerRecordsBankPayments());
		StepExecution step = MetaDataInstanceFactory.createStepExecution(NightParameters.unit(NIGHT, world.finess));

		new OutputTasklet(only(unpaid), output, properties).execute(new StepContribution(step), null);

		assertThat(StageReport.alerts(step)).singleElement()
			.asString()
			.startsWith("establishment " + world.finess + ": 1 actions not emitted: aucun moyen de paiement configuré");
		Path forEstablishment = properties.drop()
			.resolve(world.finess)
			.resolve("out")
			.resolve(NIGHT + "-courriers-non-emis.csv");
		assertThat(Files.readString(forEstablishment)).contains("aucun moyen de paiement configuré");
	}

	@TempDir
	Path noFolder;

	private EstablishmentDirectory only(Establishment establishment) {
		return new EstablishmentDirectory(this.noFolder) {
			@Override
			public Collection<Establishment> all() {
				return List.of(establishment);
			}

			@Override
			public Optional<Establishment> find(String finess) {
				return Optional.of(establishment).filter((e) -> e.finess().equals(finess));
			}
		};
	}

}
