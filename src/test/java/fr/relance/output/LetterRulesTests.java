package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.LetterSettings;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * What the output stage does not send, or sends later: closed cases, letters it cannot
 * render, the establishment's cap; and how it prints: duplex padding, the collector's
 * R124-4 block, the public accountant's payment route.
 */
@EngineTest
class LetterRulesTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate NIGHT = LocalDate.of(2033, 5, 11);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	World world;

	@Autowired
	fr.relance.output.letters.LetterPreview preview;

	@org.junit.jupiter.api.io.TempDir
	Path previews;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, NIGHT.minusDays(1));
	}

	private Map<String, String> statuses() {
		Map<String, String> statuses = new java.util.TreeMap<>();
		jdbi.useHandle((h) -> h.createQuery("""
				SELECT p.external_id, a.status || COALESCE(': ' || a.status_reason, '') AS s
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id JOIN patient p ON p.id = c.patient_id
				WHERE c.finess = :f""")
			.bind("f", world.finess)
			.map((rs, ctx) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list());
		return statuses;
	}

	private long patientOwing(String id, String amount) {
		Patient p = world.patient(id).named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		p.invoice("F-" + id, NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart(amount);
		return p.id();
	}

	@Test
	void aCaseClosedSincePlanningGetsNoLetter() {
		patientOwing("R-CLOSED", "50.00");
		patientOwing("R-OPEN", "60.00");
		dunning.decide(world.finess, NIGHT);
		jdbi.useHandle((h) -> h.createUpdate("""
				UPDATE dunning_case c SET closed_on = :n, closed_reason = 'paid at the cash desk' FROM patient p
				WHERE p.id = c.patient_id AND p.external_id = 'R-CLOSED' AND c.finess = :f""")
			.bind("n", NIGHT)
			.bind("f", world.finess)
			.execute());

		EstablishmentOutput done = output.emit(world.establishment, NIGHT);

		assertThat(done.emitted()).isEqualTo(1);
		assertThat(done.suppressed()).isEqualTo(1);
		assertThat(statuses()).containsEntry("R-OPEN", "emitted")
			.containsEntry("R-CLOSED", "suppressed: not emitted: case closed on " + NIGHT + " (paid at the cash desk)");
	}

	@Test
	void anEstablishmentWithNoWayToBePaidSendsNothingAndSaysWhy() {
		patientOwing("R-NOPAY", "50.00");
		dunning.decide(world.finess, NIGHT);
		var e = world.establishment;
		var unpaid = new fr.relance.establishment.Establishment(e.finess(), e.legalName(), e.sector(), e.address(),
				e.postcode(), e.city(), e.patientContact(), null, null, null, e.ledgerProfile(), e.scenario(), e.sftp(),
				e.ledgerRecordsBankPayments());

		EstablishmentOutput done = output.emit(unpaid, NIGHT);

		assertThat(done.emitted()).isZero();
		assertThat(done.notEmitted()).singleElement()
			.satisfies((n) -> assertThat(n.reason()).startsWith("aucun moyen de paiement configuré"));
		assertThat(statuses()).containsEntry("R-NOPAY", "planned");
		assertThat(output.emit(world.establishment, NIGHT).emitted()).isEqualTo(1);
	}

	@Test
	void theCapKeepsTheHighestExpectedValuesAndLeavesTheRestForTheNextNight() {
		patientOwing("R-SMALL", "30.00");
		patientOwing("R-BIG", "900.00");
		patientOwing("R-MID", "200.00");
		dunning.decide(world.finess, NIGHT);
		world.letters(World.settings(false, 2));

		EstablishmentOutput first = output.emit(world.establishment, NIGHT);

		assertThat(first.emitted()).isEqualTo(2);
		assertThat(first.deferred()).isEqualTo(1);
		assertThat(statuses()).containsEntry("R-BIG", "emitted")
			.containsEntry("R-MID", "emitted")
			.containsEntry("R-SMALL", "planned");
		assertThat(output.emit(world.establishment, NIGHT).emitted()).isEqualTo(2);
		EstablishmentOutput next = output.emit(world.establishment, NIGHT.plusDays(1));
		assertThat(next.emitted()).isEqualTo(1);
		assertThat(statuses()).containsEntry("R-SMALL", "emitted");
	}

	@Test
	void duplexPadsEachLetterToAnEvenPageCountAndACollectorIsNamed() throws Exception {
		patientOwing("R-DUPLEX", "75.00");
		dunning.decide(world.finess, NIGHT);
		world.letters(new LetterSettings(List.of("Service facturation"),
				Optional.of(new LetterSettings.Collector("Recouvrement Amiable Test SAS", List.of("5 quai des Essais"),
						"69002", "Lyon", Optional.empty())),
				Optional.empty(), true, OptionalInt.empty(), Optional.empty()));

		Path file = output.emit(world.establishment, NIGHT).files().get(0);

		assertThat(Pdfs.pages(file) % 2).isZero();
		assertThat(Pdfs.text(file).replace('\n', ' '))
			.contains("Recouvrement Amiable Test SAS, 5 quai des Essais, 69002 Lyon,"
					+ " exerce une activité de recouvrement amiable de créances et agit pour le compte de Clinique des Essais (fictive).");
	}

	/**
	 * The blocks common to a file's letters are drawn once as forms, whose content
	 * streams PDFBox cannot tie to the document (it warns on each, a warning the engine
	 * silences): the fonts must still be embedded, as subsets, with the glyphs drawn.
	 */
	@Test
	void everyFontALetterDrawsWithIsEmbeddedAsASubset() throws Exception {
		patientOwing("R-FONTS", "75.00");
		dunning.decide(world.finess, NIGHT);

		Path file = output.emit(world.establishment, NIGHT).files().get(0);

		Map<String, Integer> fonts = Pdfs.fonts(file);
		assertThat(fonts.keySet()).hasSize(2).allMatch((name) -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
		assertThat(fonts.values()).allMatch((bytes) -> bytes > 1_000);
		assertThat(Pdfs.text(file)).contains("Clinique des Essais");
	}

	@Test
	void aPublicAccountantRouteReplacesTheTransfer() throws Exception {
		patientOwing("R-PUBLIC", "75.00");
		dunning.decide(world.finess, NIGHT);
		world.letters(new LetterSettings(List.of(), Optional.empty(),
				Optional.of(new LetterSettings.PublicAccountant("Trésorerie de Test",
						"chèque à l'ordre du Trésor public, à envoyer au 1 rue du Trésor, 75014 Paris")),
				false, OptionalInt.empty(), Optional.empty()));

		Path file = output.emit(world.establishment, NIGHT).files().get(0);

		String text = Pdfs.text(file).replace('\n', ' ');
		assertThat(text).contains("Trésorerie de Test : chèque à l'ordre du Trésor public").doesNotContain("IBAN");
		assertThat(Pdfs.qrCodes(Pdfs.image(file, 1, 200))).hasSize(1).allMatch((c) -> c.startsWith("https://"));
	}

	@Test
	void aPreviewRendersWithoutEmittingAndASpecimenShowsEveryTemplate() throws Exception {
		patientOwing("R-PREVIEW-1", "75.00");
		patientOwing("R-PREVIEW-2", "95.00");
		dunning.decide(world.finess, NIGHT);

		var all = preview.render(world.establishment, NIGHT, false, previews);
		var specimen = preview.render(world.establishment, NIGHT, true, previews);

		assertThat(all.letters()).isEqualTo(2);
		assertThat(Pdfs.text(all.file())).contains("Facture restant à régler").doesNotContain("SPECIMEN");
		assertThat(specimen.letters()).isEqualTo(3);
		String text = Pdfs.text(specimen.file());
		assertThat(text).contains("Facture restant à régler", "Rappel : facture restant à régler",
				"Mise en demeure de payer");
		// the mark runs across the page: extracted in pieces
		assertThat(text.replaceAll("\\s", "")).contains("SPECIMEN");
		assertThat(statuses()).containsOnlyKeys("R-PREVIEW-1", "R-PREVIEW-2").containsValues("planned", "planned");
		int batches = jdbi.withHandle((h) -> h.createQuery("SELECT count(*) FROM output_batch WHERE finess = :f")
			.bind("f", world.finess)
			.mapTo(Integer.class)
			.one());
		assertThat(batches).isZero();
	}

}
