package fr.relance.output.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.ReadableText;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.output.OutputNight;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * A clinic's cases followed night after night through its whole ladder (#16 items 1 to
 * 3): a large debt reaches the hand-over, whose dossier lists every step that went out
 * with its reference and date and the payments received; a small one reaches a write-off
 * proposal on the value rule; a deceased patient waits on the review list. A rerun of a
 * night emits nothing twice.
 */
@EngineTest
class WorklistNightsTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate START = LocalDate.of(2032, 3, 10);

	static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Test
	void aLargeDebtIsHandedOverWithItsProofAndASmallOneProposedForWriteOff() throws Exception {
		World world = World.clinic(jdbi, START.minusDays(1));
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		Part part = anne.invoice("F-2032-001", START.minusDays(40))
			.issued(START.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		part.paid("34.56", START.minusDays(30));
		Patient paul = world.patient("IPP-0002")
			.named("Paul", "Petit")
			.livingAt("4 avenue Foch", "67000", "Strasbourg");
		paul.invoice("F-2032-002", START.minusDays(40)).issued(START.minusDays(60)).caredOn(CARE).patientPart("12.00");
		Patient eve = world.patient("IPP-0003")
			.named("Eve", "Durand")
			.livingAt("1 place Kléber", "67000", "Strasbourg");
		eve.invoice("F-2032-003", START.minusDays(40)).issued(START.minusDays(60)).caredOn(CARE).patientPart("90.00");
		jdbi.useHandle(h -> h.execute("UPDATE patient SET deceased = TRUE WHERE id = ?", eve.id()));

		List<LocalDate> nights = new ArrayList<>();
		for (LocalDate night = START; nights.size() < 12; night = night.plusDays(16)) {
			nights.add(night);
			world.ledger(night);
			dunning.decide(world.finess, night);
			output.emit(world.establishment, night);
			output.emit(world.establishment, night); // a rerun of the night's output:
														// nothing twice
		}

		// the hand-over: once, with its dossier and index
		Map<String, Object> handover = jdbi.withHandle(h -> h.createQuery("""
				SELECT a.case_id, a.emitted_on, b.file_path, b.index_path FROM dunning_action a
				JOIN output_batch b ON b.id = a.output_batch_id
				WHERE a.channel = 'HANDOVER' AND b.finess = :f""").bind("f", world.finess).mapToMap().one());
		LocalDate handedOn = ((java.sql.Date) handover.get("emitted_on")).toLocalDate();
		long caseId = (Long) handover.get("case_id");
		Path index = Path.of((String) handover.get("file_path"));
		List<String> indexLines = Files.readAllLines(index, StandardCharsets.UTF_8);
		assertThat(indexLines).hasSize(2);
		assertThat(indexLines.get(0)).isEqualTo("\uFEFFdossier;n° de dossier;débiteur;factures;montant dû;"
				+ "démarches amiables;dernière démarche;paiements reçus;transmis à");
		assertThat(indexLines.get(1)).startsWith(
				handedOn + "-dossier-transmis-" + caseId + ".pdf;" + caseId + ";MARTIN Anne;F-2032-001;1\u202F200,00;");
		Path dossier = index.resolveSibling(handedOn + "-dossier-transmis-" + caseId + ".pdf");
		String text = ReadableText.of(dossier);
		assertThat(text).contains("Dossier de transmission n° " + caseId, "Clinique des Essais (fictive)",
				"MARTIN Anne", "12 rue des Lilas", "75011 Paris", "F-2032-001", "reste dû 1\u202F200,00\u00A0€",
				"société de recouvrement ou commissaire de justice",
				FRENCH.format(START.minusDays(30)) + " : 34,56\u00A0€ sur la facture F-2032-001");
		List<Map<String, Object>> sent = jdbi.withHandle(h -> h.createQuery("""
				SELECT reference, emitted_on FROM dunning_action WHERE case_id = :c AND status = 'emitted'
				  AND channel IN ('LETTER', 'REGISTERED_LETTER') ORDER BY emitted_on""")
			.bind("c", caseId)
			.mapToMap()
			.list());
		assertThat(sent).hasSizeGreaterThanOrEqualTo(3); // two letters and the formal
															// notice
		for (Map<String, Object> step : sent) {
			assertThat(text).contains(((java.sql.Date) step.get("emitted_on")).toLocalDate().format(FRENCH) + " : ",
					"référence " + step.get("reference"));
		}
		assertThat(text).contains("lettre recommandée (mise en demeure)");
		assertThat(text).doesNotContain("IPP-0001", "06 12 34 56 78", "01/07/2026");

		// the write-off proposal of the small debt: its reason, amount and steps
		List<String> writeOffs = new ArrayList<>();
		try (var files = Files.list(index.getParent())) {
			for (Path f : files.filter(p -> p.getFileName().toString().contains("propositions-abandon"))
				.sorted()
				.toList()) {
				writeOffs
					.addAll(Files.readAllLines(f, StandardCharsets.UTF_8).subList(1, Files.readAllLines(f).size()));
			}
		}
		assertThat(writeOffs).anySatisfy(row -> assertThat(row).contains(";PETIT Paul;F-2032-002;12,00;")
			.contains("coûterait plus qu'elle ne peut rapporter")
			.contains("courrier du "));
		int proposals = jdbi.withHandle(h -> h.createQuery("""
				SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.finess = :f AND a.channel = 'WRITE_OFF_PROPOSAL' AND a.status = 'emitted'""")
			.bind("f", world.finess)
			.mapTo(Integer.class)
			.one());
		assertThat(writeOffs).hasSize(proposals);

		// the deceased patient waits for a person, with what to do
		String review = Files.readString(
				index.getParent().resolve(nights.get(nights.size() - 1) + "-dossiers-a-examiner.csv"),
				StandardCharsets.UTF_8);
		assertThat(review)
			.contains(";DURAND Eve;90,00;" + FRENCH.format(START) + ";patient décédé;écrire à la succession");
		assertThat(review).doesNotContain("MARTIN", "PETIT");
	}

}
