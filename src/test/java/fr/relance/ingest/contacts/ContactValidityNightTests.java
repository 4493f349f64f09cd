package fr.relance.ingest.contacts;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * A STOP list and a returned-mail file change the next night's decision: no SMS is
 * decided for a number that answered STOP, a returned first letter holds the case for a
 * person until a different address arrives. Each against a control patient the files say
 * nothing about.
 */
@EngineTest
class ContactValidityNightTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

	/**
	 * Fifteen days after the first letters: the reminder SMS of the private-clinic
	 * scenario is due.
	 */
	static final LocalDate SECOND = LocalDate.of(2026, 12, 5);

	static final LocalDate THIRD = LocalDate.of(2026, 12, 8);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	DecisionExplainer explainer;

	@Autowired
	Jdbi jdbi;

	private int ledgerFiles;

	private static String line(Establishment e, String patient, String street, String mobile) {
		return String.join(";", e.finess(), "F" + patient, patient, "NOM" + patient, "Claire", street, "", "75015",
				"Paris", mobile, "", "01/02/1960", "01/09/2026", "01/09/2026", "01/10/2026", "120,00", "0,00", "0,00",
				"", "120,00", "0,00", "0,00", "0,00", "") + "\r\n";
	}

	/**
	 * Tonight's ledger (with a paid invoice of its own, so it is never a duplicate),
	 * other files, dunning, output.
	 */
	private void night(Establishment e, LocalDate night, List<String> ledgerLines, Map<String, String> files)
			throws Exception {
		StringBuilder ledger = new StringBuilder(LedgerTestSupport.HEADER);
		ledgerLines.forEach(ledger::append);
		ledger.append(String.join(";", e.finess(), "Z" + (++ledgerFiles), "Z", "NOMZ", "", "1 rue Z", "", "75015",
				"Paris", "", "", "", "01/09/2026", "01/09/2026", "01/10/2026", "10,00", "0,00", "0,00", "", "10,00",
				"0,00", "0,00", "10,00", "") + "\r\n");
		ledgers.drop(e, "ledger-" + night + ".csv", ledger.toString());
		for (Map.Entry<String, String> file : files.entrySet()) {
			ledgers.drop(e, file.getKey(), file.getValue());
		}
		ledgers.night(e, night);
		dunning.decide(e.finess(), night);
		jdbi.useHandle(h -> h.createUpdate("""
				UPDATE dunning_action a SET status = 'emitted', emitted_on = a.run_date FROM dunning_case c
				WHERE c.id = a.case_id AND c.finess = :f AND a.status = 'planned'""").bind("f", e.finess()).execute());
	}

	private Map<String, Object> decision(Establishment e, String patient, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome, d.step_id, array_to_string(d.codes, ' ') AS codes FROM dunning_decision d
				JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND d.run_date <= :night
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("night", night)
			.mapToMap()
			.one());
	}

	private List<String> steps(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT a.step_id FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p
				ORDER BY a.step_number""").bind("f", e.finess()).bind("p", patient).mapTo(String.class).list());
	}

	private String reference(Establishment e, String patient, String step) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT a.reference FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p AND a.step_id = :s""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("s", step)
			.mapTo(String.class)
			.one());
	}

	@Test
	void aNumberOnTheStopListGetsNoSmsDecidedFromTheNextNightOn() throws Exception {
		Establishment e = ledgers.establishment("75640041", "relance-standard");
		List<String> ledger = List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78"),
				line(e, "P2", "5 rue des Lilas", "06 98 76 54 32"));
		night(e, FIRST, ledger, Map.of());

		// the gateway writes numbers its own way; a second line cannot be read
		night(e, SECOND, ledger, Map.of("stop-20261204.csv",
				"numero_stop;date_stop\r\n+33612345678;04/12/2026\r\n" + "12 34;04/12/2026\r\n"));

		assertThat(decision(e, "P2", SECOND)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
		assertThat(decision(e, "P1", SECOND).get("codes")).asString().contains("SMS_OPT_OUT");
		assertThat(steps(e, "P1")).doesNotContain("reminder-sms");
		assertThat(explainer.explain(e.finess(), "P1", SECOND)).contains("STOP list since 2026-12-04");
		assertThat(ledgers.out(e, SECOND + "-stop-20261204.csv.errors.csv")).contains("3;numero_stop;", "BAD_PHONE");

		// the next night decides nothing new for P1: no SMS planned, dropped and planned
		// again
		night(e, THIRD, ledger, Map.of());
		assertThat(steps(e, "P1")).doesNotContain("reminder-sms");
	}

	@Test
	void aReturnedFirstLetterHoldsTheCaseForAPersonUntilADifferentAddressArrives() throws Exception {
		Establishment e = ledgers.establishment("75640042", "relance-standard");
		List<String> ledger = List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78"),
				line(e, "P2", "5 rue des Lilas", "06 98 76 54 32"));
		night(e, FIRST, ledger, Map.of());
		String returned = reference(e, "P1", "first-letter");

		night(e, SECOND, ledger, Map.of("retours-poste.csv", "reference_courrier;date_retour;motif\r\n" + returned
				+ ";27/11/2026;NPAI\r\nRL20991231-1-1;27/11/2026;npai\r\n"));

		assertThat(decision(e, "P2", SECOND)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
		assertThat(decision(e, "P1", SECOND)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("FIRST_LETTER_RETURNED"));
		assertThat(explainer.explain(e.finess(), "P1", SECOND)).contains("first letter " + returned,
				"came back on 2026-11-27", "first_letter_returned FAILED");
		assertThat(ledgers.out(e, SECOND + "-retours-poste.csv.errors.csv")).contains("3;reference_courrier;",
				"UNKNOWN_LETTER");

		// the patient's new address arrives in the ledger: dunning resumes
		night(e, THIRD, List.of(line(e, "P1", "9 avenue Foch", "06 12 34 56 78"), ledger.get(1)), Map.of());
		assertThat(decision(e, "P1", THIRD)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
	}

	@Test
	void aLetterReturnedAfterThePatientMovedSaysNothingAgainstTheNewAddress() throws Exception {
		Establishment e = ledgers.establishment("75640046", "relance-standard");
		night(e, FIRST, List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78")), Map.of());
		String returned = reference(e, "P1", "first-letter");
		// the patient moved before the letter came back: the return is about the old
		// address
		night(e, FIRST.plusDays(3), List.of(line(e, "P1", "9 avenue Foch", "06 12 34 56 78")), Map.of());

		night(e, SECOND, List.of(line(e, "P1", "9 avenue Foch", "06 12 34 56 78")),
				Map.of("retours.csv", "reference_courrier;date_retour\r\n" + returned + ";01/12/2026\r\n"));

		assertThat(decision(e, "P1", SECOND)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
		String key = jdbi.withHandle(
				h -> h
					.createQuery("SELECT address_key FROM returned_mail rm JOIN patient p ON "
							+ "p.id = rm.patient_id WHERE p.finess = :f")
					.bind("f", e.finess())
					.mapTo(String.class)
					.one());
		assertThat(key).startsWith("3 RUE DES LILAS|");
	}

	@Test
	void aReturnedLetterOfAnotherEstablishmentRefusesTheWholeFile() throws Exception {
		Establishment other = ledgers.establishment("75640043", "relance-standard");
		night(other, FIRST, List.of(line(other, "P1", "3 rue des Lilas", "06 12 34 56 78")), Map.of());
		String theirs = reference(other, "P1", "first-letter");
		Establishment e = ledgers.establishment("75640044", "relance-standard");
		night(e, FIRST, List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78")), Map.of());
		String ours = reference(e, "P1", "first-letter");

		night(e, SECOND, List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78")), Map.of("retours.csv",
				"reference_courrier;date_retour\r\n" + ours + ";27/11/2026\r\n" + theirs + ";27/11/2026\r\n"));

		String status = jdbi.withHandle(
				h -> h.createQuery("SELECT status FROM source_file WHERE finess = :f AND original_name = 'retours.csv'")
					.bind("f", e.finess())
					.mapTo(String.class)
					.one());
		assertThat(status).isEqualTo("quarantined");
		long recorded = jdbi.withHandle(h -> h
			.createQuery("SELECT count(*) FROM returned_mail rm JOIN patient p "
					+ "ON p.id = rm.patient_id WHERE p.finess IN (:a, :b)")
			.bind("a", e.finess())
			.bind("b", other.finess())
			.mapTo(Long.class)
			.one());
		assertThat(recorded).isZero();
	}

	@Test
	void theSampleStopListIsReadWholeInE164() throws Exception {
		Establishment e = ledgers.establishment("75640045", "relance-standard");
		String sample = Files.readString(Path.of("samples/contacts/stop-sms.csv"), StandardCharsets.UTF_8);
		night(e, SECOND, List.of(line(e, "P1", "3 rue des Lilas", "06 12 34 56 78")), Map.of("stop-sms.csv", sample));

		List<String> stops = jdbi.withHandle(
				h -> h.createQuery("SELECT number || ' ' || stopped_on FROM sms_stop WHERE finess = :f ORDER BY number")
					.bind("f", e.finess())
					.mapTo(String.class)
					.list());
		assertThat(stops).containsExactly("+33612345678 2026-12-04", "+33698765432 2026-12-05",
				"+590690123456 2026-12-05");
	}

}
