package fr.relance.ingest.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.testworld.World;

/**
 * A hand-over returned with nothing recovered (#16 item 4): the hold is lifted and the
 * whole debt is chased again, without any allocation; a return above what the patient
 * owes, or a second return with another amount, is reported and changes nothing; a
 * refusal of a write-off the establishment already approved is reported.
 */
@EngineTest
class HandOverAnswerTests {

	static final LocalDate HANDED = LocalDate.of(2026, 11, 19);

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference;tiers;montant_recouvre\r\n";

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	@Test
	void aReturnWithNothingRecoveredLiftsTheHoldAndABadReturnChangesNothing() throws Exception {
		Establishment e = ledgers.establishment("75740001", "relance-standard");
		String f = e.finess();
		ledgers.importLedger(e, HANDED, LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/03/2026", "01/04/2026", "400,00", "0,00"));
		long roux = emitted(e, "P1", "HANDOVER", "litigation-handover", 8);
		long allocations = ledgers.allocations(e);

		ledgers.drop(e, "suivi-tiers.csv",
				HEADER + f + ";P1;19/11/2026;transmis_recouvrement;;;;;;" + roux + ";SCP Huissiers (fictive);\r\n" + f
						+ ";P1;20/11/2026;retour_recouvrement;;;;;;" + roux + ";;400,01\r\n" // above
																								// what
																								// is
																								// owed
						+ f + ";P1;20/11/2026;retour_recouvrement;;;;;;" + roux + ";;0\r\n" + f
						+ ";P1;20/11/2026;retour_recouvrement;;;;;;" + roux + ";;10,00\r\n" // a
																							// second
																							// return
						+ f + ";P1;20/11/2026;retour_recouvrement;;;;;;" + roux + ";;0,00\r\n"); // the
																									// same
																									// again:
																									// once
		ledgers.night(e, NIGHT);

		String report = ledgers.out(e, reportName(e, "suivi-tiers.csv"));
		assertThat(report).contains(";3;montant_recouvre;400.01;AMOUNT_ABOVE_BALANCE;",
				";5;montant_recouvre;10.00;ALREADY_RETURNED;");
		assertThat(report).doesNotContain(";2;", ";4;", ";6;");
		assertThat(ledgers.allocations(e)).isEqualTo(allocations);
		assertThat(ledgers.patientPart(e, "F000000001").amountOpen()).isEqualByComparingTo("400.00");

		dunning.decide(f, NIGHT);
		String codes = jdbi.withHandle(h -> h.createQuery("""
				SELECT array_to_string(codes, ',') FROM dunning_decision WHERE case_id = :c AND run_date = :n""")
			.bind("c", roux)
			.bind("n", NIGHT)
			.mapTo(String.class)
			.one());
		assertThat(codes).contains("HANDOVER_RETURNED").doesNotContain("HANDED_OVER,", "RECENT_PAYMENT");
	}

	@Test
	void aRefusalAfterTheWriteOffWasApprovedIsReported() throws Exception {
		Establishment e = ledgers.establishment("75740002", "relance-standard");
		String f = e.finess();
		ledgers.importLedger(e, HANDED, LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/03/2026", "01/04/2026", "12,00", "0,00"));
		long roux = emitted(e, "P1", "WRITE_OFF_PROPOSAL", "write-off", 9);
		ledgers.drop(e, "suivi-abandon.csv", HEADER + f + ";P1;20/11/2026;abandon_accepte;;;;;;" + roux + ";;\r\n" + f
				+ ";P1;20/11/2026;abandon_refuse;;;;;;" + roux + ";;\r\n");
		ledgers.night(e, NIGHT);
		assertThat(ledgers.out(e, reportName(e, "suivi-abandon.csv")))
			.contains(";3;evenement;abandon_refuse;ANSWER_NOT_APPLICABLE;");
		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("written_off");
		assertThat(jdbi.<Integer, RuntimeException>withHandle(
				h -> h.createQuery("SELECT count(*) FROM worklist_answer WHERE case_id = :c")
					.bind("c", roux)
					.mapTo(Integer.class)
					.one()))
			.isZero();
	}

	/**
	 * A case of the patient whose action of this channel went out on HANDED, as the
	 * output stage leaves it.
	 */
	private long emitted(Establishment e, String patient, String channel, String step, int number) {
		return World.of(jdbi, e.finess())
			.importedPatient(patient)
			.openCase(LocalDate.of(2026, 5, 1))
			.emitted(number, step, channel, "400.00", HANDED)
			.id();
	}

	private String reportName(Establishment e, String file) throws Exception {
		try (var files = java.nio.file.Files.list(ledgers.outFolder(e))) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(file + ".errors.csv"))
				.findFirst()
				.orElseThrow();
		}
	}

}
