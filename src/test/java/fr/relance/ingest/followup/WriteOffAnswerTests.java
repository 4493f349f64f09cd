package fr.relance.ingest.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DecisionExplainer;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.testworld.World;

/**
 * The staff approve a write-off proposal through the follow-up file (#16 item 4): what
 * the proposal covered is written off (a write_off allocation, the part written_off), the
 * next night closes the case and chases nothing; an answer naming no proposal is
 * reported; the same file sent again changes nothing.
 */
@EngineTest
class WriteOffAnswerTests {

	static final LocalDate PROPOSED = LocalDate.of(2026, 11, 19);

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	@Autowired
	DecisionExplainer explainer;

	@Test
	void anApprovedWriteOffClosesThePartAndStopsTheCase() throws Exception {
		Establishment e = ledgers.establishment("75720001", "relance-standard");
		String f = e.finess();
		ledgers.importLedger(e, PROPOSED,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/03/2026", "01/04/2026", "12,00", "0,00")
						+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/03/2026", "01/04/2026", "12,00", "0,00"));
		long rouxCase = proposed(e, "P1");
		long blancCase = proposed(e, "P2");
		ledgers.drop(e, "suivi-reponses.csv",
				FollowUpImportTests.HEADER + f + ";P1;20/11/2026;abandon_accepte;;;;;;" + rouxCase + "\r\n"
				// P2's answer names P1's case: refused, P2 stays as it was
						+ f + ";P2;20/11/2026;abandon_accepte;;;;;;" + rouxCase + "\r\n" + f
						+ ";P2;20/11/2026;abandon_accepte;;;;;;\r\n");
		ledgers.night(e, NIGHT);

		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("written_off");
		assertThat(ledgers.patientPart(e, "F000000001").amountOpen()).isEqualByComparingTo("0.00");
		assertThat(writeOffs(e))
			.containsExactly(Map.of("invoice_number", "F000000001", "amount", new java.math.BigDecimal("12.00")));
		assertThat(ledgers.patientPart(e, "F000000002").status()).isEqualTo("open");
		String report = errorReport(e);
		assertThat(report).contains("UNKNOWN_PROPOSAL", "MISSING_REFERENCE");

		dunning.decide(f, NIGHT);

		assertThat(closed(rouxCase)).isEqualTo("no open patient part");
		assertThat(closed(blancCase)).isNull();
		assertThat(explainer.explain(f, "P1")).contains("Written off on the establishment's answer:",
				"invoice F000000001, 12.00 EUR on 2026-11-20 (approved in suivi-reponses.csv, line 2)");
		assertThat(explainer.explain(f, "P2")).doesNotContain("Written off");

		// the same answers sent again under another name: nothing written twice
		ledgers.drop(e, "suivi-reponses-bis.csv",
				FollowUpImportTests.HEADER + f + ";P1;20/11/2026;abandon_accepte;;;;;;" + rouxCase + "\r\n");
		ledgers.night(e, NIGHT.plusDays(1));
		assertThat(writeOffs(e)).hasSize(1);
	}

	/**
	 * A case of the patient whose write-off proposal went out on PROPOSED, as the output
	 * stage leaves it.
	 */
	private long proposed(Establishment e, String patient) {
		return World.of(jdbi, e.finess())
			.importedPatient(patient)
			.openCase(LocalDate.of(2026, 5, 1))
			.emitted(7, "write-off", "WRITE_OFF_PROPOSAL", "12.00", PROPOSED)
			.id();
	}

	private List<Map<String, Object>> writeOffs(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT i.invoice_number, a.amount FROM allocation a JOIN invoice_part p ON p.id = a.invoice_part_id
				JOIN invoice i ON i.id = p.invoice_id WHERE i.finess = :f AND a.kind = 'write_off'""")
			.bind("f", e.finess())
			.mapToMap()
			.list());
	}

	private String closed(long caseId) {
		return jdbi.withHandle(h -> h.createQuery("SELECT closed_reason FROM dunning_case WHERE id = :c")
			.bind("c", caseId)
			.mapTo(String.class)
			.one());
	}

	private String errorReport(Establishment e) throws Exception {
		try (var files = java.nio.file.Files.list(ledgers.outFolder(e))) {
			java.nio.file.Path report = files
				.filter(p -> p.getFileName().toString().contains("suivi-reponses")
						&& p.getFileName().toString().endsWith(".errors.csv"))
				.findFirst()
				.orElseThrow();
			return java.nio.file.Files.readString(report);
		}
	}

}
