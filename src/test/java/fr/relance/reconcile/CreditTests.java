package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.output.OutputNight;

/**
 * Never chase someone the establishment owes money to (#16 item 5): a patient who
 * over-paid one invoice and then gets another is either netted (the establishment allows
 * it) or held with the credit listed for refund.
 */
@EngineTest
class CreditTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 19);

	static final LocalDate NEXT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	@Autowired
	OutputNight output;

	/**
	 * P1 owes 30,00 on F1 and pays 50,00 for it (a credit of 20,00); the next ledger
	 * brings F2 (45,00, due long ago); P2 owes 10,00 and is the control: chased both
	 * ways.
	 */
	private long overPaidThenInvoicedAgain(Establishment e) throws Exception {
		ledgers.importLedger(e, FIRST,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/08/2026", "01/09/2026", "30,00", "0,00")
						+ ledgers.line(e, "F000000003", "P2", "BLANC", "01/08/2026", "01/09/2026", "10,00", "0,00"));
		long payment = pay(e, "50.00", "F000000001");
		reconciliation.reconcile(e, FIRST);
		assertThat(status(payment)).isEqualTo("credit");
		ledgers.importLedger(e, NEXT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/08/2026", "01/09/2026", "30,00", "0,00")
						+ ledgers.line(e, "F000000002", "P1", "ROUX", "01/09/2026", "01/10/2026", "45,00", "0,00")
						+ ledgers.line(e, "F000000003", "P2", "BLANC", "01/08/2026", "01/09/2026", "10,00", "0,00"));
		reconciliation.reconcile(e, NEXT);
		dunning.decide(e.finess(), NEXT);
		return payment;
	}

	@Test
	void withoutNettingThePatientOwedACreditIsHeldForAPersonAndTheCreditListed() throws Exception {
		Establishment e = ledgers.establishment("75700001", "relance-standard");

		long payment = overPaidThenInvoicedAgain(e);

		assertThat(ledgers.patientPart(e, "F000000002").amountOpen()).isEqualByComparingTo("45.00");
		assertThat(status(payment)).isEqualTo("credit");
		assertThat(decision(e, "P1")).isEqualTo("BLOCKED CREDIT_TO_REFUND true");
		assertThat(actions(e, "P1")).isZero();
		assertThat(decision(e, "P2")).isEqualTo("ACT STEP_TAKEN false");
		assertThat(ledgers.out(e, NEXT + "-trop-percus.csv")).contains("50,00;20,00;;F000000001");

		// the staff find the held patient on their review list, with what to do
		output.emit(e, NEXT);
		assertThat(ledgers.out(e, NEXT + "-dossiers-a-examiner.csv"))
			.contains(";ROUX ", "l'établissement doit de l'argent au patient (trop-perçu);rembourser le trop-perçu")
			.doesNotContain("BLANC");
	}

	@Test
	void withNettingTheCreditSettlesTheOtherInvoiceAndOnlyTheRestIsChased() throws Exception {
		Establishment e = ledgers.establishment("75700002", "relance-standard").withCreditNetting(true);

		long payment = overPaidThenInvoicedAgain(e);

		assertThat(ledgers.patientPart(e, "F000000002").amountOpen()).isEqualByComparingTo("25.00");
		assertThat(status(payment)).isEqualTo("matched");
		assertThat(note(payment)).contains("trop-perçu imputé le 20/11/2026 sur F000000002 (20,00\u00A0€)");
		assertThat(decision(e, "P1")).startsWith("ACT STEP_TAKEN");
		assertThat(balance(e, "P1")).isEqualByComparingTo("25.00");
		assertThat(ledgers.outFolder(e).resolve(NEXT + "-trop-percus.csv")).doesNotExist();

		// a rerun of the night nets nothing twice
		reconciliation.reconcile(e, NEXT);
		assertThat(ledgers.patientPart(e, "F000000002").amountOpen()).isEqualByComparingTo("25.00");
	}

	@Test
	void aCreditLargerThanTheOtherInvoiceSettlesItAndTheRestStaysToRefund() throws Exception {
		Establishment e = ledgers.establishment("75700003", "relance-standard").withCreditNetting(true);
		ledgers.importLedger(e, FIRST, LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/08/2026", "01/09/2026", "30,00", "0,00"));
		long payment = pay(e, "100.00", "F000000001");
		reconciliation.reconcile(e, FIRST);
		ledgers.importLedger(e, NEXT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/08/2026", "01/09/2026", "30,00", "0,00")
						+ ledgers.line(e, "F000000002", "P1", "ROUX", "01/09/2026", "01/10/2026", "45,00", "0,00"));

		reconciliation.reconcile(e, NEXT);
		dunning.decide(e.finess(), NEXT);

		assertThat(ledgers.patientPart(e, "F000000002").amountOpen()).isEqualByComparingTo("0.00");
		assertThat(status(payment)).isEqualTo("credit");
		assertThat(note(payment)).contains("reste 25,00\u00A0€ à rembourser");
		assertThat(ledgers.out(e, NEXT + "-trop-percus.csv")).contains("100,00;25,00;;F000000001");
		assertThat(actions(e, "P1")).isZero();
	}

	private long pay(Establishment e, String amount, String invoice) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		return jdbi.withHandle(h -> h.createQuery("""
				INSERT INTO payment (finess, channel, paid_on, amount, invoice_number, payer_name, source_file_id,
				    source_line)
				VALUES (:f, 'bank_transfer', '2026-10-01', :a, :i, 'ROUX', :file, 9001)
				RETURNING id""")
			.bind("f", e.finess())
			.bind("a", new BigDecimal(amount))
			.bind("i", invoice)
			.bind("file", file)
			.mapTo(Long.class)
			.one());
	}

	private String status(long payment) {
		return jdbi.withHandle(h -> h.createQuery("SELECT match_status FROM payment WHERE id = :id")
			.bind("id", payment)
			.mapTo(String.class)
			.one());
	}

	private String note(long payment) {
		return jdbi.withHandle(h -> h.createQuery("SELECT match_note FROM payment WHERE id = :id")
			.bind("id", payment)
			.mapTo(String.class)
			.one());
	}

	private String decision(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome || ' ' || array_to_string(d.codes, ' ') || ' ' || d.human_review
				FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(String.class)
			.one());
	}

	private BigDecimal balance(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.balance FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(BigDecimal.class)
			.one());
	}

	private long actions(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(Long.class)
			.one());
	}

}
