package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * A payment the establishment posted itself reaches Relance only as a higher paid amount
 * in its next ledger. That rise is a payment seen on the ledger's night: it holds the
 * next reminder like a payment we matched ourselves.
 */
@EngineTest
class LedgerPaymentTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 19);

	static final LocalDate NEXT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	private String ledger(Establishment e, String paidByP1, String paidByP2) {
		return LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/09/2026", "01/10/2026", "120,00", paidByP1)
				+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "80,00", paidByP2);
	}

	private List<Map<String, Object>> ledgerPayments(Establishment e) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT i.invoice_number, lp.seen_on, lp.amount FROM ledger_payment lp
				JOIN invoice_part p ON p.id = lp.invoice_part_id JOIN invoice i ON i.id = p.invoice_id
				WHERE i.finess = :f ORDER BY i.invoice_number, lp.seen_on""").bind("f", e.finess()).mapToMap().list());
	}

	private String codes(Establishment e, String patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT array_to_string(d.codes, ' ') FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(String.class)
			.one());
	}

	@Test
	void aHigherPaidAmountOnTheNextLedgerIsAPaymentThatHoldsTheNextReminder() throws Exception {
		Establishment e = ledgers.establishment("75640021", "relance-standard");
		ledgers.importLedger(e, FIRST, ledger(e, "20,00", "0,00"));
		ledgers.importLedger(e, NEXT, ledger(e, "50,00", "0,00"));

		dunning.decide(e.finess(), NEXT);

		assertThat(ledgerPayments(e))
			.extracting((p) -> p.get("invoice_number"), (p) -> p.get("seen_on").toString(),
					(p) -> p.get("amount").toString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("F000000001", "2026-11-20", "30.00"));
		assertThat(codes(e, "P1")).contains("RECENT_PAYMENT");
		assertThat(codes(e, "P2")).isEqualTo("STEP_TAKEN");
	}

	@Test
	void aLedgerReadAgainOrALowerPaidAmountRecordsNoPayment() throws Exception {
		Establishment e = ledgers.establishment("75640022", "relance-standard");
		ledgers.importLedger(e, FIRST, ledger(e, "20,00", "10,00"));
		ledgers.importLedger(e, NEXT, ledger(e, "20,00", "5,00") + "\r\n");

		assertThat(ledgerPayments(e)).isEmpty();
	}

}
