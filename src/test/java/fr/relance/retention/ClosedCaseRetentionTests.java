package fr.relance.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.dunning.stage.DunningProperties;
import fr.relance.dunning.stage.ScenarioCatalog;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.reporting.KpiHistory;
import fr.relance.support.db.NightLock;

/**
 * Retention of the patients of closed cases, against the database. A private clinic
 * (limitation horizon 2 years, so on the night of 11/03/2031 a case must have been quiet
 * since before 11/03/2029) with:
 *
 * <pre>
 * A-OLD  closed old: F1 paid 01/02/2028, F2 open but time-barred (due 05/01/2028); contacts, plan, promise, dispute,
 *        wrong number, returned letter, worklist answer, earlier version, payment naming them: purged
 * A-REC  closed recent: F3 paid 01/09/2029: kept
 * A-OPN  open old: F5 imported 01/03/2029, nothing since, due 31/03/2029: still claimable until 31/03/2031: kept
 * A-PAY  closed, but its last payment came on 01/02/2031: kept
 * B-OLD  another establishment's closed old case: untouched by A's retention
 * </pre>
 */
@EngineTest
class ClosedCaseRetentionTests {

	static final LocalDate L0 = LocalDate.of(2028, 1, 10);

	static final LocalDate PAID = LocalDate.of(2028, 2, 1);

	static final LocalDate L1 = LocalDate.of(2029, 3, 1);

	static final LocalDate NIGHT = LocalDate.of(2031, 3, 11);

	private static int stem = 75180000;

	@Autowired
	Jdbi jdbi;

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	ClosedCases closedCases;

	@Autowired
	KpiHistory kpis;

	@Autowired
	DunningNight dunning;

	@Autowired
	ScenarioCatalog scenarios;

	@Autowired
	DataSource dataSource;

	@Autowired
	DunningProperties dunningProperties;

	@Autowired
	PlatformTransactionManager transactionManager;

	Establishment a;

	Establishment b;

	@BeforeEach
	void world() throws Exception {
		a = ledgers.establishment(String.valueOf(++stem), "relance-standard");
		b = ledgers.establishment(String.valueOf(++stem), "relance-standard");
		String firstLines = ledgers.line(a, "F1", "A-OLD", "MARTIN", "05/01/2028", "05/01/2028", "100,00", "0,00")
				+ ledgers.line(a, "F2", "A-OLD", "MARTIN", "05/01/2028", "05/01/2028", "50,00", "0,00")
				+ ledgers.line(a, "F3", "A-REC", "BERNARD", "05/01/2028", "05/01/2028", "100,00", "0,00")
				+ ledgers.line(a, "F4", "A-PAY", "DUBOIS", "05/01/2028", "05/01/2028", "100,00", "0,00");
		ledgers.importLedger(a, L0, LedgerTestSupport.HEADER + firstLines);
		ledgers.importLedger(b, L0, LedgerTestSupport.HEADER
				+ ledgers.line(b, "F1", "B-OLD", "MOREAU", "05/01/2028", "05/01/2028", "100,00", "0,00"));
		kpis.record(a.finess(), L0);
		pay(a, "F1", "100.00", PAID, "MARTIN CLAIRE", "A-OLD");
		pay(a, "F4", "60.00", PAID, "DUBOIS CLAIRE", null);
		pay(b, "F1", "100.00", PAID, "MOREAU CLAIRE", "B-OLD");
		kpis.record(a.finess(), PAID);
		followUps(a, "A-OLD");
		followUps(b, "B-OLD");
		pay(a, "F3", "100.00", LocalDate.of(2029, 9, 1), "BERNARD CLAIRE", null);
		pay(a, "F4", "40.00", LocalDate.of(2031, 2, 1), "DUBOIS CLAIRE", null);
		// a snapshot: the same lines again (nothing new on them), and a new invoice
		ledgers.importLedger(a, L1, LedgerTestSupport.HEADER + firstLines
				+ ledgers.line(a, "F5", "A-OPN", "PETIT", "01/03/2029", "31/03/2029", "80,00", "0,00"));
	}

	@Test
	void onlyTheOldClosedCaseIsListedAndPurgedTheDryRunListBeingWhatIsPurged() {
		List<ClosedCase> listed = closedCases.closedOn(a.finess(), NIGHT);

		assertThat(listed).extracting(ClosedCase::maskedId).containsExactly("***LD");
		assertThat(listed.get(0).shown()).isEqualTo(a.finess() + "/***LD").doesNotContain("MARTIN");
		assertThat(listed.get(0).lastActivity()).isEqualTo(PAID);

		assertThat(closedCases.purge(listed, NIGHT)).isEqualTo(1);

		List<Long> purged = jdbi.withHandle(h -> h.createQuery("""
				SELECT id FROM patient WHERE finess = :f AND purged_on IS NOT NULL ORDER BY id""")
			.bind("f", a.finess())
			.mapTo(Long.class)
			.list());
		assertThat(purged).containsExactly(listed.get(0).patientId());
		assertThat(text("SELECT string_agg(external_id, ',' ORDER BY external_id) FROM patient WHERE finess = :f",
				a.finess()))
			.isEqualTo("A-OPN,A-PAY,A-REC,purged-" + listed.get(0).patientId());
	}

	@Test
	void aShorterClosedCasePeriodPurgesTheRecentClosedCaseButNeverAnOpenOne() {
		ClosedCases yearly = new ClosedCases(jdbi, dataSource, scenarios, dunningProperties,
				new RetentionSettings(null, null, null, null, 365), transactionManager);

		assertThat(yearly.quietSince(a.finess(), NIGHT)).isEqualTo(LocalDate.of(2030, 3, 11));
		assertThat(yearly.closedOn(a.finess(), NIGHT)).extracting(ClosedCase::maskedId)
			.containsExactly("***LD", "***EC");
	}

	@Test
	void everyTableHoldingTheirPersonalDataIsErasedAndTheAmountsKept() {
		long patient = patientId(a, "A-OLD");
		Map<String, Object> moneyBefore = money(a);

		closedCases.purge(closedCases.closedOn(a.finess(), NIGHT), NIGHT);

		// patient: identity, contacts, flags, provenance
		assertThat(row("""
				SELECT external_id, last_name, first_name, address_line1, address_line2, postcode, city, phone, mobile,
				       email, birth_date, deceased_on, ledger_said, address_source, address_as_of, phone_source,
				       email_source, ledger_digest, purged_on
				FROM patient WHERE id = :id""", patient)).containsEntry("external_id", "purged-" + patient)
			.containsEntry("last_name", "")
			.containsEntry("first_name", null)
			.containsEntry("address_line1", null)
			.containsEntry("postcode", null)
			.containsEntry("city", null)
			.containsEntry("phone", null)
			.containsEntry("mobile", null)
			.containsEntry("email", null)
			.containsEntry("birth_date", null)
			.containsEntry("ledger_said", null)
			.containsEntry("address_source", null)
			.containsEntry("address_as_of", null)
			.containsEntry("phone_source", null)
			.containsEntry("ledger_digest", null)
			.containsEntry("purged_on", java.sql.Date.valueOf(NIGHT));
		// invoices: the care date and the payment reference go, the accounting dates and
		// amounts stay
		assertThat(row("""
				SELECT count(*) FILTER (WHERE care_date IS NOT NULL OR payment_reference IS NOT NULL) AS named,
				       min(due_date) AS due, sum(total) AS total
				FROM invoice WHERE patient_id = :id""", patient)).containsEntry("named", 0L)
			.containsEntry("due", java.sql.Date.valueOf("2028-01-05"))
			.containsEntry("total", new BigDecimal("150.00"));
		// what follow-up files, returned mail and corrections said of them
		for (String table : List.of("patient_contact", "payment_plan", "payment_promise", "operator_dispute",
				"wrong_number", "returned_mail")) {
			assertThat(count("SELECT count(*) FROM " + table + " WHERE patient_id = :id", patient)).as(table).isZero();
		}
		assertThat(count("SELECT count(*) FROM change_history WHERE entity = 'patient' AND entity_id = :id", patient))
			.isZero();
		// the payment that named them: amount and date kept, who paid gone
		assertThat(row("""
				SELECT y.payer_name, y.remittance_text, y.patient_external_id, y.amount, y.paid_on
				FROM payment y WHERE y.finess = (SELECT finess FROM patient WHERE id = :id) AND y.amount = 100.00
				  AND y.paid_on = DATE '2028-02-01'""", patient)).containsEntry("payer_name", null)
			.containsEntry("remittance_text", null)
			.containsEntry("patient_external_id", null)
			.containsEntry("amount", new BigDecimal("100.00"));
		// the case: decisions keep their codes, not their free text; the answer loses the
		// third party's name
		assertThat(text("""
				SELECT string_agg(d.reasons, '|') FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = CAST(:f AS BIGINT)""", String.valueOf(patient))).isEqualTo("NO_POSTAL_ADDRESS");
		assertThat(text("""
				SELECT count(*) FROM worklist_answer w JOIN dunning_case c ON c.id = w.case_id
				WHERE c.patient_id = CAST(:f AS BIGINT) AND w.third_party IS NULL""", String.valueOf(patient)))
			.isEqualTo("1");
		assertThat(count("SELECT count(*) FROM dunning_action x JOIN dunning_case c ON c.id = x.case_id"
				+ " WHERE c.patient_id = :id AND x.status = 'emitted'", patient))
			.isEqualTo(1);
		// money, parts, allocations: not one figure moved
		assertThat(money(a)).isEqualTo(moneyBefore);
		// the other patients keep what they were
		assertThat(text("SELECT string_agg(last_name, ',' ORDER BY last_name) FROM patient WHERE finess = :f"
				+ " AND purged_on IS NULL", a.finess()))
			.isEqualTo("BERNARD,DUBOIS,PETIT");
	}

	@Test
	void aPastNightsKpisAreTheSameBeforeAndAfterThePurge() {
		List<List<Object>> storedL0 = kpiRows(a, L0);
		List<List<Object>> storedPaid = kpiRows(a, PAID);
		kpis.record(a.finess(), PAID);
		List<List<Object>> recomputedBefore = kpiRows(a, PAID);

		closedCases.purge(closedCases.closedOn(a.finess(), NIGHT), NIGHT);

		assertThat(kpiRows(a, L0)).isEqualTo(storedL0).isNotEmpty();
		assertThat(kpiRows(a, PAID)).isEqualTo(recomputedBefore);
		kpis.record(a.finess(), PAID);
		assertThat(kpiRows(a, PAID)).isEqualTo(recomputedBefore).isNotEmpty();
		assertThat(storedPaid).anySatisfy(r -> assertThat(r.subList(0, 2)).isEqualTo(List.of("RECOVERED", "PATIENT")));
		assertThat(storedPaid).filteredOn(r -> r.get(0).equals("RECOVERED") && r.get(1).equals("PATIENT"))
			.singleElement()
			.satisfies(r -> assertThat((BigDecimal) r.get(3)).isEqualByComparingTo("160.00"));
	}

	@Test
	void anotherEstablishmentsPatientsAreNotTouched() {
		Map<String, Object> before = row("SELECT last_name, phone, external_id, purged_on FROM patient WHERE id = :id",
				patientId(b, "B-OLD"));
		long followUps = count("SELECT count(*) FROM patient_contact WHERE patient_id = :id", patientId(b, "B-OLD"));

		closedCases.purge(closedCases.closedOn(a.finess(), NIGHT), NIGHT);

		assertThat(row("SELECT last_name, phone, external_id, purged_on FROM patient WHERE id = :id",
				patientId(b, "B-OLD")))
			.isEqualTo(before)
			.containsEntry("last_name", "MOREAU");
		assertThat(count("SELECT count(*) FROM patient_contact WHERE patient_id = :id", patientId(b, "B-OLD")))
			.isEqualTo(followUps)
			.isEqualTo(1);
		// on its own, B's old closed case is listed
		assertThat(closedCases.closedOn(b.finess(), NIGHT)).extracting(ClosedCase::maskedId).containsExactly("***LD");
	}

	@Test
	void anEstablishmentWhoseScenarioIsGoneTakesTheHorizonOfItsSector() {
		jdbi.useHandle(h -> h
			.createUpdate("UPDATE establishment SET scenario = 'retired', sector = 'public'" + " WHERE finess = :f")
			.bind("f", b.finess())
			.execute());

		// four years for a public hospital: quiet since before 11/03/2027, which
		// 01/02/2028 is not
		assertThat(closedCases.quietSince(b.finess(), NIGHT)).isEqualTo(LocalDate.of(2027, 3, 11));
		assertThat(closedCases.closedOn(NIGHT, List.of())).extracting(ClosedCase::finess)
			.doesNotContain(b.finess())
			.contains(a.finess());
	}

	@Test
	void aRerunPurgesNothingTwiceAndFailsOnNothing() {
		List<ClosedCase> listed = closedCases.closedOn(a.finess(), NIGHT);
		closedCases.purge(listed, NIGHT);
		Map<String, Object> after = row("SELECT * FROM patient WHERE id = :id", listed.get(0).patientId());

		assertThat(closedCases.closedOn(a.finess(), NIGHT)).isEmpty();
		assertThat(closedCases.purge(listed, NIGHT.plusDays(1))).isZero();
		assertThat(row("SELECT * FROM patient WHERE id = :id", listed.get(0).patientId())).isEqualTo(after);
	}

	@Test
	void aPurgedPatientComingBackInALedgerIsANewPatientWithAFreshCase() throws Exception {
		long purged = patientId(a, "A-OLD");
		closedCases.purge(closedCases.closedOn(a.finess(), NIGHT), NIGHT);

		ledgers.importLedger(a, NIGHT, LedgerTestSupport.HEADER
				+ ledgers.line(a, "F9", "A-OLD", "MARTIN", "01/03/2031", "01/03/2031", "70,00", "0,00"));
		dunning.decide(a.finess(), NIGHT);

		long back = patientId(a, "A-OLD");
		assertThat(back).isNotEqualTo(purged);
		assertThat(text("SELECT last_name FROM patient WHERE id = CAST(:f AS BIGINT)", String.valueOf(back)))
			.isEqualTo("MARTIN");
		assertThat(text("SELECT string_agg(invoice_number, ',' ORDER BY invoice_number) FROM invoice"
				+ " WHERE patient_id = CAST(:f AS BIGINT)", String.valueOf(back)))
			.isEqualTo("F9");
		assertThat(text("SELECT string_agg(invoice_number, ',' ORDER BY invoice_number) FROM invoice"
				+ " WHERE patient_id = CAST(:f AS BIGINT)", String.valueOf(purged)))
			.isEqualTo("F1,F2");
		assertThat(count("SELECT count(*) FROM dunning_case WHERE patient_id = :id AND closed_on IS NULL", back))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM dunning_case WHERE patient_id = :id AND closed_on IS NULL", purged))
			.isZero();
	}

	@Test
	void dunningNoLongerOpensACaseForAPurgedPatientsTimeBarredPart() {
		long purged = patientId(a, "A-OLD");
		closedCases.purge(closedCases.closedOn(a.finess(), NIGHT), NIGHT);

		dunning.decide(a.finess(), NIGHT);

		assertThat(count("SELECT count(*) FROM dunning_case WHERE patient_id = :id AND closed_on IS NULL", purged))
			.isZero();
		assertThat(count("SELECT count(*) FROM dunning_case WHERE patient_id = :id AND closed_on IS NULL",
				patientId(a, "A-OPN")))
			.isEqualTo(1);
	}

	@Test
	void anEstablishmentAnotherProcessIsRunningIsNotPurged() {
		List<ClosedCase> listed = closedCases.closedOn(a.finess(), NIGHT);

		try (NightLock busy = NightLock.tryEstablishment(dataSource, a.finess()).orElseThrow()) {
			assertThatThrownBy(() -> closedCases.purge(listed, NIGHT))
				.hasMessageContaining("establishment " + a.finess() + " is being run by another process");
		}
		assertThat(closedCases.closedOn(a.finess(), NIGHT)).isEqualTo(listed);
		assertThat(closedCases.purge(listed, NIGHT)).isEqualTo(1);
	}

	/**
	 * A patient payment from a bank statement, allocated in full to the invoice's patient
	 * part.
	 */
	private void pay(Establishment e, String invoice, String amount, LocalDate on, String payer, String ipp) {
		jdbi.useHandle(h -> {
			long file = h.createQuery("""
					INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at,
					    status)
					VALUES (:f, 'camt053', 'releve.xml', md5(random()::text) || md5(random()::text), 1, :on, now(),
					    'imported') RETURNING id""").bind("f", e.finess()).bind("on", on).mapTo(Long.class).one();
			long payment = h.createQuery("""
					INSERT INTO payment (finess, channel, paid_on, amount, payer_name, remittance_text,
					    patient_external_id, match_status, source_file_id, source_line)
					VALUES (:f, 'bank_transfer', :on, :amount, :payer, 'VIR ' || :payer || ' FACTURE ' || :invoice,
					    :ipp, 'matched', :file, 1) RETURNING id""")
				.bind("f", e.finess())
				.bind("on", on)
				.bind("amount", new BigDecimal(amount))
				.bind("payer", payer)
				.bind("invoice", invoice)
				.bind("ipp", ipp)
				.bind("file", file)
				.mapTo(Long.class)
				.one();
			h.createUpdate(
					"""
							INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
							SELECT p.id, :amount, 'payment', :on, :payment FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id
							WHERE i.finess = :f AND i.invoice_number = :invoice AND p.payer = 'PATIENT'""")
				.bind("amount", new BigDecimal(amount))
				.bind("on", on)
				.bind("payment", payment)
				.bind("f", e.finess())
				.bind("invoice", invoice)
				.execute();
			h.createUpdate("""
					UPDATE invoice_part p SET status = 'paid', status_since = :on
					FROM invoice i, invoice_part_balance b
					WHERE i.id = p.invoice_id AND b.invoice_part_id = p.id AND i.finess = :f
					  AND i.invoice_number = :invoice AND b.amount_open <= 0""")
				.bind("on", on)
				.bind("f", e.finess())
				.bind("invoice", invoice)
				.execute();
		});
	}

	/**
	 * What the case of a patient of L0 gathered in January 2028: a letter emitted and
	 * returned, a decision quoting an address, a contact, an instalment plan, a promise,
	 * a dispute, a wrong number, a worklist answer, and the previous version of the
	 * patient; the case closed on the payment.
	 */
	private void followUps(Establishment e, String ipp) {
		long patient = patientId(e, ipp);
		jdbi.useHandle(h -> {
			long file = h
				.createQuery(
						"""
								INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at,
								    status)
								VALUES (:f, 'followup', 'suivi.csv', md5(random()::text) || md5(random()::text), 1, DATE '2028-01-20',
								    now(), 'imported') RETURNING id""")
				.bind("f", e.finess())
				.mapTo(Long.class)
				.one();
			long kase = h.createQuery("""
					INSERT INTO dunning_case (finess, patient_id, opened_on, closed_on, closed_reason)
					VALUES (:f, :p, DATE '2028-01-12', :paid, 'no open patient part') RETURNING id""")
				.bind("f", e.finess())
				.bind("p", patient)
				.bind("paid", PAID)
				.mapTo(Long.class)
				.one();
			long action = h.createQuery("""
					INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version,
					    run_date, balance, band, cost, expected_gain, reasons, status, emitted_on, reference)
					VALUES (:c, 1, 'letter-1', 'LETTER', 'private-clinic', 'v1', DATE '2028-01-12', 150.00, '50to150',
					    1.77, 10.00, 'STEP_TAKEN', 'emitted', DATE '2028-01-12', 'RL-' || :c) RETURNING id""")
				.bind("c", kase)
				.mapTo(Long.class)
				.one();
			h.createUpdate("""
					INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes,
					    reasons, arithmetic)
					VALUES (:c, DATE '2028-01-14', 'BLOCKED', 150.00, '50to150', 'v1', '{NO_POSTAL_ADDRESS}',
					    'no complete postal address for a LETTER: 3 rue des Lilas 75015 Paris', '')""")
				.bind("c", kase)
				.execute();
			h.createUpdate("""
					INSERT INTO returned_mail (action_id, patient_id, returned_on, reason, invalidates_address,
					    address_key, source_file_id, source_line)
					VALUES (:a, :p, DATE '2028-01-14', 'NPAI', TRUE, '3 RUE DES LILAS||75015|PARIS', :file, 1)""")
				.bind("a", action)
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO patient_contact (patient_id, contacted_on, channel, origin, source_file_id, source_line)
					VALUES (:p, DATE '2028-01-20', 'PHONE', 'DEBTOR', :file, 2)""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate(
					"""
							INSERT INTO payment_plan (patient_id, reference, signed_on, instalment, instalments, first_due,
							    ended_on, source_file_id, source_line)
							VALUES (:p, 'ECH-1', DATE '2028-01-15', 50.00, 1, DATE '2028-01-20', DATE '2028-01-25', :file, 3)""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO payment_promise (patient_id, promised_on, due_on, amount, source_file_id, source_line)
					VALUES (:p, DATE '2028-01-15', DATE '2028-01-30', 100.00, :file, 4)""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO operator_dispute (patient_id, opened_on, closed_on, source_file_id, source_line)
					VALUES (:p, DATE '2028-01-16', DATE '2028-01-18', :file, 5)""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO wrong_number (patient_id, number, reported_on, source_file_id, source_line)
					VALUES (:p, '+33612345678', DATE '2028-01-17', :file, 6)""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO worklist_answer (case_id, kind, answered_on, third_party, source_file_id, source_line)
					VALUES (:c, 'handed_over', DATE '2028-01-19', 'Cabinet Durand Recouvrement', :file, 7)""")
				.bind("c", kase)
				.bind("file", file)
				.execute();
			h.createUpdate("""
					INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
					VALUES ('patient', :p, DATE '2028-01-11', :file, 8,
					    '{"last_name": "MARTIN", "address_line1": "12 avenue Foch", "phone": "+33611111111"}')""")
				.bind("p", patient)
				.bind("file", file)
				.execute();
		});
	}

	private long patientId(Establishment e, String ipp) {
		return jdbi.withHandle(h -> h.createQuery("SELECT id FROM patient WHERE finess = :f AND external_id = :ipp")
			.bind("f", e.finess())
			.bind("ipp", ipp)
			.mapTo(Long.class)
			.one());
	}

	/**
	 * Every amount of the establishment: parts with their balances, allocations,
	 * payments, ledger rises.
	 */
	private Map<String, Object> money(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT (SELECT string_agg(b.invoice_part_id || ':' || b.amount_due || ':' || b.amount_settled || ':'
				            || b.status, ',' ORDER BY b.invoice_part_id)
				        FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id WHERE i.finess = :f) AS parts,
				       (SELECT string_agg(a.id || ':' || a.amount || ':' || a.allocated_on, ',' ORDER BY a.id)
				        FROM allocation a JOIN invoice_part p ON p.id = a.invoice_part_id
				        JOIN invoice i ON i.id = p.invoice_id WHERE i.finess = :f) AS allocations,
				       (SELECT string_agg(y.id || ':' || y.amount || ':' || y.paid_on, ',' ORDER BY y.id)
				        FROM payment y WHERE y.finess = :f) AS payments""").bind("f", e.finess()).mapToMap().one());
	}

	private List<List<Object>> kpiRows(Establishment e, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT kpi, payer, dimension, amount, items, rate FROM kpi_daily
				WHERE finess = :f AND run_date = :night ORDER BY kpi, payer, dimension""")
			.bind("f", e.finess())
			.bind("night", night)
			.map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getLong(5), String.valueOf(rs.getBigDecimal(6))))
			.list());
	}

	private Map<String, Object> row(String sql, long id) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).mapToMap().one());
	}

	private long count(String sql, long id) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Long.class).one());
	}

	private String text(String sql, String finess) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("f", finess).mapTo(String.class).one());
	}

}
