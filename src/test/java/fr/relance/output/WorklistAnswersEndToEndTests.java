package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.relance.RelanceApplication;
import fr.relance.dunning.stage.DecisionExplainer;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.testworld.World;

/**
 * Issue #16's test on a generated world: one establishment of the sample generator (600
 * invoices) run whole night after night, 16 days apart, until a case is handed over and
 * another proposed for write-off; then the staff's answers come back in a follow-up file
 * dropped in its {@code in/} folder: the write-off refused (the case is not proposed
 * again), the hand-over done (held while the third party has it), and the night after,
 * returned with part of the debt recovered (a patient payment once, posted back as the
 * third party's, the rest chased again).
 */
@SpringBootTest(classes = RelanceApplication.class,
		properties = { "relance.embedded-db.fast=true", "relance.jobs=jobs", "relance.intake.settle-delay=0s" })
class WorklistAnswersEndToEndTests {

	static final LocalDate NIGHT1 = LocalDate.of(2026, 11, 20);

	static final Path WORLD = Path.of("target/test-worlds/" + UUID.randomUUID());

	static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference;tiers;montant_recouvre\r\n";

	@DynamicPropertySource
	static void world(DynamicPropertyRegistry registry) throws IOException {
		new SampleWorldGenerator().generate(new GenerationOptions(1, 600, 1_616, NIGHT1, WORLD));
		registry.add("relance.home", () -> WORLD.resolve("home").toString());
		registry.add("relance.drop", () -> WORLD.resolve("drop").toString());
		registry.add("relance.establishments", () -> WORLD.resolve("establishments").toString());
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Jdbi jdbi;

	@Autowired
	DecisionExplainer explainer;

	@Test
	void aGeneratedWorldReachesAHandOverAndAWriteOffProposalThenTheAnswersComeBack() throws Exception {
		LocalDate night = NIGHT1;
		int nights = 0;
		while (nights < 14 && (emitted("HANDOVER").isEmpty() || emitted("WRITE_OFF_PROPOSAL").isEmpty())) {
			if (nights > 0) {
				ledgerReceived(night);
			}
			assertThat(nightly.run(night).completed()).isTrue();
			nights++;
			night = night.plusDays(16);
		}
		assertThat(emitted("HANDOVER")).as("a hand-over within %d nights", nights).isNotEmpty();
		assertThat(emitted("WRITE_OFF_PROPOSAL")).as("a write-off proposal within %d nights", nights).isNotEmpty();
		Map<String, Object> handed = emitted("HANDOVER").get(0);
		Map<String, Object> proposed = emitted("WRITE_OFF_PROPOSAL").stream()
			.filter((p) -> !p.get("case_id").equals(handed.get("case_id")))
			.findFirst()
			.orElseThrow();
		String finess = (String) handed.get("finess");
		long handedCase = (Long) handed.get("case_id");
		long proposedCase = (Long) proposed.get("case_id");

		// the answers of the staff, dropped like any follow-up file
		LocalDate answered = night;
		String on = answered.format(FRENCH);
		drop(finess, "suivi-reponses.csv",
				HEADER + finess + ";" + proposed.get("external_id") + ";" + on + ";abandon_refuse;;;;;;" + proposedCase
						+ ";;\r\n" + finess + ";" + handed.get("external_id") + ";" + on
						+ ";transmis_recouvrement;;;;;;" + handedCase + ";Étude Recouvre (fictive);\r\n");
		ledgerReceived(answered);
		assertThat(nightly.run(answered).completed()).isTrue();
		assertThat(rejected(finess)).isZero();
		assertThat(codes(handedCase, answered)).contains("HANDED_OVER");
		assertThat(proposals(proposedCase)).isEqualTo(1);
		assertThat(explainer.explain(finess, (String) handed.get("external_id")))
			.contains("handed over to Étude Recouvre (fictive): held while the third party has it");

		// the next night: the third party returns the case with a third of the debt
		// recovered
		LocalDate returned = answered.plusDays(16);
		BigDecimal owed = owed(handedCase);
		BigDecimal recovered = owed.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
		drop(finess, "suivi-retour.csv",
				HEADER + finess + ";" + handed.get("external_id") + ";" + returned.format(FRENCH)
						+ ";retour_recouvrement;;;;;;" + handedCase + ";;" + recovered.toPlainString().replace('.', ',')
						+ "\r\n");
		ledgerReceived(returned);
		assertThat(nightly.run(returned).completed()).isTrue();
		assertThat(owed(handedCase)).isEqualByComparingTo(owed.subtract(recovered));
		assertThat(codes(handedCase, returned)).contains("HANDOVER_RETURNED").doesNotContain("HANDED_OVER,");
		List<String> postBack = Files.readAllLines(
				WORLD.resolve("drop").resolve(finess).resolve("out").resolve(returned + "-paiements-a-saisir.csv"),
				StandardCharsets.UTF_8);
		assertThat(postBack).filteredOn((row) -> row.contains("recouvrement par un tiers"))
			.allSatisfy((row) -> assertThat(row).contains(";Étude Recouvre (fictive);", ";suivi-retour.csv;2"))
			.isNotEmpty();
		// the refused write-off is never proposed again: resumed, or on the review list
		// for a person
		String proposedCodes = codes(proposedCase, returned);
		assertThat(proposals(proposedCase)).isEqualTo(1);
		assertThat(proposedCodes).doesNotContain("WRITE_OFF_STEP_REACHED");
		if (proposedCodes.contains("WRITE_OFF_REFUSED")) {
			assertThat(Files.readString(
					WORLD.resolve("drop").resolve(finess).resolve("out").resolve(returned + "-dossiers-a-examiner.csv"),
					StandardCharsets.UTF_8))
				.contains("abandon refusé : à traiter par l'établissement");
		}
	}

	/**
	 * Actions of this channel that went out, with their case, establishment and patient.
	 */
	private List<Map<String, Object>> emitted(String channel) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.case_id, c.finess, p.external_id FROM dunning_action a
				JOIN dunning_case c ON c.id = a.case_id JOIN patient p ON p.id = c.patient_id
				WHERE a.channel = :ch AND a.status = 'emitted' ORDER BY a.case_id""")
			.bind("ch", channel)
			.mapToMap()
			.list());
	}

	private int proposals(long caseId) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT count(*) FROM dunning_action WHERE case_id = :c AND channel = 'WRITE_OFF_PROPOSAL'""")
			.bind("c", caseId)
			.mapTo(Integer.class)
			.one());
	}

	private String codes(long caseId, LocalDate night) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT array_to_string(codes, ',') FROM dunning_decision WHERE case_id = :c AND run_date <= :n
				ORDER BY run_date DESC LIMIT 1""").bind("c", caseId).bind("n", night).mapTo(String.class).one());
	}

	private BigDecimal owed(long caseId) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT COALESCE(sum(b.amount_open), 0) FROM dunning_case c JOIN invoice i ON i.patient_id = c.patient_id
				JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
				WHERE c.id = :c AND b.status = 'open' AND b.amount_open > 0""")
			.bind("c", caseId)
			.mapTo(BigDecimal.class)
			.one());
	}

	private int rejected(String finess) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT COALESCE(sum(rows_rejected), 0) FROM source_file WHERE finess = :f AND kind = 'follow-up'""")
			.bind("f", finess)
			.mapTo(Integer.class)
			.one());
	}

	private static void drop(String finess, String name, String content) throws IOException {
		Files.writeString(WORLD.resolve("drop").resolve(finess).resolve("in").resolve(name), content,
				StandardCharsets.UTF_8);
	}

	/** A ledger of the night, as if the establishment had sent one: its data is fresh. */
	private void ledgerReceived(LocalDate night) {
		jdbi.withHandle((h) -> h.createQuery("SELECT finess FROM establishment").mapTo(String.class).list())
			.forEach((finess) -> World.existing(jdbi, finess, night));
	}

}
