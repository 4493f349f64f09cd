package fr.relance.output.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DecisionExplainer;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.output.OutputNight;
import fr.relance.reconcile.Reconciliation;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The staff's answers to the worklists come back through the follow-up file (#16 item 4)
 * and change the next nights: a clinic's cases go through their ladder night after night
 * until a large debt is handed over, a small one is proposed for write-off, a deceased
 * patient and one without an address wait on the review list; then the answers arrive:
 * the write-off refused (no proposal again: a person takes the case), the hand-over done
 * (held while the third party has it) then returned with what it recovered (a payment:
 * the rest is dunned again), the reviews released with the corrected address. Bad answers
 * are reported with their line, field and reason; a file sent again changes nothing.
 */
@EngineTest
class WorklistAnswerNightsTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate START = LocalDate.of(2033, 3, 10);

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference;tiers;montant_recouvre;adresse;complement_adresse;code_postal;ville;numero\r\n";

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	LedgerTestSupport files;

	@Autowired
	DecisionExplainer explainer;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	Jdbi jdbi;

	@Test
	void answersToTheWorklistsChangeTheNextNights() throws Exception {
		World world = World.clinic(jdbi, START.minusDays(1));
		String f = world.finess;
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2033-001", START.minusDays(40))
			.issued(START.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		Patient paul = world.patient("IPP-0002")
			.named("Paul", "Petit")
			.livingAt("4 avenue Foch", "67000", "Strasbourg");
		paul.invoice("F-2033-002", START.minusDays(40)).issued(START.minusDays(60)).caredOn(CARE).patientPart("12.00");
		Patient eve = world.patient("IPP-0003")
			.named("Eve", "Durand")
			.livingAt("1 place Kléber", "67000", "Strasbourg");
		eve.invoice("F-2033-003", START.minusDays(40)).issued(START.minusDays(60)).caredOn(CARE).patientPart("90.00");
		Patient marc = world.patient("IPP-0004").named("Marc", "Roux").livingAt("1 rue Basse", "69001", "Lyon");
		marc.invoice("F-2033-004", START.minusDays(40)).issued(START.minusDays(60)).caredOn(CARE).patientPart("90.00");
		jdbi.useHandle(h -> h.execute("UPDATE patient SET deceased = TRUE WHERE id = ?", eve.id()));
		jdbi.useHandle(h -> h.execute(
				"UPDATE patient SET address_line1 = NULL, postcode = NULL, city = NULL " + "WHERE id = ?", marc.id()));

		// nights until the hand-over and the write-off proposal went out
		LocalDate night = START;
		for (int i = 0; i < 14 && !(emitted(anne.id(), "HANDOVER") && emitted(paul.id(), "WRITE_OFF_PROPOSAL")); i++) {
			run(world, night);
			night = night.plusDays(16);
		}
		assertThat(emitted(anne.id(), "HANDOVER")).isTrue();
		assertThat(emitted(paul.id(), "WRITE_OFF_PROPOSAL")).isTrue();
		assertThat(decision(eve.id(), night.minusDays(16))).containsEntry("human_review", true);
		assertThat(String.valueOf(decision(marc.id(), night.minusDays(16)).get("codes")))
			.contains("MISSING_CONTACT_DATA");
		long anneCase = caseOf(anne.id());
		long paulCase = caseOf(paul.id());
		long eveCase = caseOf(eve.id());
		long marcCase = caseOf(marc.id());

		// the answers of the first night, with bad ones
		LocalDate first = night;
		String on = first.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String answers = HEADER + f + ";IPP-0002;" + on + ";abandon_refuse;;;;;;" + paulCase + ";;;;;;;\r\n" // 2
				+ f + ";IPP-0001;" + on + ";transmis_recouvrement;;;;;;" + anneCase
				+ ";Cabinet Recouvre & Fils;;;;;;\r\n" // 3
				+ f + ";IPP-0004;" + on + ";revue_levee;;;;;;" + marcCase + ";;;8 rue Neuve;;69002;Lyon;\r\n" // 4
				+ f + ";IPP-0003;" + on + ";revue_levee;;;;;;" + eveCase + ";;;;;;;\r\n" // 5:
																							// no
																							// address
				+ f + ";IPP-0002;" + on + ";abandon_refuse;;;;;;999999999;;;;;;;\r\n" // 6:
																						// no
																						// such
																						// case
				+ f + ";IPP-0002;" + on + ";retour_recouvrement;;;;;;" + paulCase + ";;5,00;;;;;\r\n" // 7
				+ f + ";IPP-0001;" + on + ";retour_recouvrement;;;;;;" + anneCase + ";;12,3x;;;;;\r\n" // 8
				+ f + ";IPP-0001;" + on + ";revue_levee;;;;;;" + anneCase + ";;;;;;;\r\n" // 9:
																							// not
																							// held
																							// for
																							// a
																							// person
				+ f + ";IPP-0001;" + on + ";transmis_recouvrement;;;;;;" + anneCase + ";;;;;;;\r\n"; // 10:
																										// to
																										// whom?
		files.drop(world.establishment, "suivi-reponses-1.csv", answers);
		files.night(world.establishment, first);
		run(world, first);

		String report = errorReport(world, "suivi-reponses-1.csv");
		assertThat(report).contains("5;adresse;;ADDRESS_REQUIRED", "6;reference;999999999;UNKNOWN_CASE",
				"7;evenement;retour_recouvrement;NOT_HANDED_OVER", "8;montant_recouvre;12,3x;BAD_AMOUNT",
				"9;reference;" + anneCase + ";NOT_UNDER_REVIEW", "10;tiers;;MISSING_THIRD_PARTY");
		assertThat(report).doesNotContain(";2;", ";3;", ";4;");

		// the write-off refused: dunning resumes with the steps passed over at the
		// proposal, here the SMS
		assertThat(decision(paul.id(), first)).containsEntry("outcome", "ACT").containsEntry("human_review", false);
		String review = files.out(world.establishment, first + "-dossiers-a-examiner.csv");
		// the hand-over done: held while the third party has it, not proposed for
		// write-off
		assertThat(decision(anne.id(), first)).containsEntry("outcome", "BLOCKED").containsEntry("human_review", false);
		assertThat(String.valueOf(decision(anne.id(), first).get("codes"))).contains("HANDED_OVER");
		// the missing address given with the release: the first letter goes to it
		assertThat(decision(marc.id(), first)).containsEntry("outcome", "ACT").containsEntry("human_review", false);
		assertThat(jdbi.<String, RuntimeException>withHandle(h -> h
			.createQuery("SELECT address_line1 || ' ' || postcode || ' ' || city "
					+ "|| ' ' || address_source FROM patient WHERE id = :p")
			.bind("p", marc.id())
			.mapTo(String.class)
			.one())).isEqualTo("8 rue Neuve 69002 Lyon followup");
		// the deceased patient's release without an address changed nothing
		assertThat(decision(eve.id(), first)).containsEntry("human_review", true);
		assertThat(review).contains(";DURAND Eve;").doesNotContain("MARTIN", "ROUX");
		assertThat(explainer.explain(f, "IPP-0001")).contains("Answers of the establishment:",
				"handed over to Cabinet Recouvre & Fils: held while the third party has it (suivi-reponses-1.csv, "
						+ "line 3)",
				"handed_over FAILED");
		assertThat(explainer.explain(f, "IPP-0002")).contains("write-off refused: dunning resumes");

		// the next night: the third party returns the case with 234,56 recovered; the
		// deceased patient's notary
		LocalDate second = first.plusDays(16);
		String on2 = second.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String returned = HEADER + f + ";IPP-0001;" + on2 + ";retour_recouvrement;;;;;;" + anneCase
				+ ";;234,56;;;;;\r\n" + f + ";IPP-0003;" + on2 + ";revue_levee;;;;;;" + eveCase
				+ ";;;Étude de Maître Blanc;Succession Durand;67000;Strasbourg;\r\n";
		files.drop(world.establishment, "suivi-reponses-2.csv", returned);
		files.night(world.establishment, second);
		// the first file sent again under another name, and the return twice on other
		// lines: nothing twice
		files.drop(world.establishment, "suivi-reponses-2-bis.csv",
				HEADER + f + ";IPP-0001;" + on + ";contact;telephone;patient;;;;;;;;;;;\r\n"
						+ answers.substring(HEADER.length()) + returned.substring(HEADER.length()));
		files.night(world.establishment, second);
		reconciliation.reconcile(world.establishment, second);
		run(world, second);

		// the recovered money is posted back once, as the third party's, with the
		// answer's file and line
		List<String> postBack = Files.readAllLines(
				files.outFolder(world.establishment).resolve(second + "-paiements-a-saisir.csv"),
				StandardCharsets.UTF_8);
		assertThat(postBack).hasSize(2);
		assertThat(postBack.get(1)).endsWith(";F-2033-001;patient;Cabinet Recouvre & Fils;" + on2
				+ ";234,56;recouvrement par un tiers;;suivi-reponses-2.csv;2");

		assertThat(recovered(anne.id())).containsExactly(Map.of("amount", new BigDecimal("234.56"), "kind", "payment"));
		assertThat(answerCount(f)).isEqualTo(5); // refused, handed over, released twice,
													// returned
		Map<String, Object> anneNow = decision(anne.id(), second);
		assertThat(new BigDecimal(anneNow.get("balance").toString())).isEqualByComparingTo("1000.00");
		// no longer with the third party: only the money just received holds the case, as
		// any payment does
		assertThat(List.of(String.valueOf(anneNow.get("codes")).split(",")))
			.contains("HANDOVER_RETURNED", "RECENT_PAYMENT")
			.doesNotContain("HANDED_OVER");
		assertThat(anneNow).containsEntry("human_review", false);
		assertThat(String.valueOf(decision(eve.id(), second).get("codes"))).contains("REVIEW_RELEASED")
			.doesNotContain("DECEASED");
		assertThat(decision(eve.id(), second)).containsEntry("human_review", false);
		// then no step is left that is worth its cost: a person takes the case, no second
		// proposal
		assertThat(decision(paul.id(), second)).containsEntry("outcome", "BLOCKED").containsEntry("human_review", true);
		assertThat(String.valueOf(decision(paul.id(), second).get("codes"))).contains("WRITE_OFF_REFUSED");
		assertThat(files.out(world.establishment, second + "-dossiers-a-examiner.csv"))
			.contains(";PETIT Paul;12,00;" + on2 + ";abandon refusé : à traiter par l'établissement;");
		assertThat(proposals(paul.id())).isEqualTo(1);
		assertThat(explainer.explain(f, "IPP-0002")).contains("write_off_refused FAILED");
		assertThat(explainer.explain(f, "IPP-0001"))
			.contains("returned by the third party, 234.56 EUR recovered (a payment on the patient's parts) "
					+ "(suivi-reponses-2.csv, line 2)");
		assertThat(errorReport(world, "suivi-reponses-2-bis.csv")).doesNotContain("ALREADY_RETURNED");
	}

	private void run(World world, LocalDate night) {
		world.ledger(night);
		dunning.decide(world.finess, night);
		output.emit(world.establishment, night);
	}

	private boolean emitted(long patient, String channel) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.patient_id = :p AND a.channel = :ch AND a.status = 'emitted'""")
			.bind("p", patient)
			.bind("ch", channel)
			.mapTo(Integer.class)
			.one()) > 0;
	}

	private int proposals(long patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.patient_id = :p AND a.channel = 'WRITE_OFF_PROPOSAL'""")
			.bind("p", patient)
			.mapTo(Integer.class)
			.one());
	}

	private long caseOf(long patient) {
		return jdbi
			.withHandle(h -> h.createQuery("SELECT id FROM dunning_case WHERE patient_id = :p AND closed_on IS NULL")
				.bind("p", patient)
				.mapTo(Long.class)
				.one());
	}

	/** The decision in force on the patient's open case that night. */
	private Map<String, Object> decision(long patient, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome, d.human_review, array_to_string(d.codes, ',') AS codes, d.balance
				FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = :p AND d.run_date <= :n ORDER BY d.run_date DESC LIMIT 1""")
			.bind("p", patient)
			.bind("n", night)
			.mapToMap()
			.one());
	}

	private List<Map<String, Object>> recovered(long patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT a.amount, a.kind FROM allocation a JOIN invoice_part p ON p.id = a.invoice_part_id
				JOIN invoice i ON i.id = p.invoice_id JOIN source_file f ON f.id = a.source_file_id
				WHERE i.patient_id = :p AND f.kind = 'follow-up'""").bind("p", patient).mapToMap().list());
	}

	private int answerCount(String finess) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT count(*) FROM worklist_answer wa JOIN dunning_case c ON c.id = wa.case_id
				WHERE c.finess = :f""").bind("f", finess).mapTo(Integer.class).one());
	}

	private String errorReport(World world, String file) throws Exception {
		try (var listed = Files.list(files.outFolder(world.establishment))) {
			Path report = listed
				.filter(p -> p.getFileName().toString().contains(file.replace(".csv", ""))
						&& p.getFileName().toString().endsWith(file + ".errors.csv"))
				.findFirst()
				.orElse(null);
			return report == null ? "" : Files.readString(report, StandardCharsets.UTF_8);
		}
	}

}
