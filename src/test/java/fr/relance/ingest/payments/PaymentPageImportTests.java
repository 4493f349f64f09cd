package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.reconcile.Reconciliation;
import fr.relance.support.ids.CreditorReference;

/**
 * Card payments of the payment page: recorded with their reference, once per transaction,
 * then reconciled.
 */
@EngineTest
class PaymentPageImportTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	Jdbi jdbi;

	private List<Map<String, Object>> payments(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT amount, reference, invoice_number, match_status FROM payment
				WHERE finess = :f AND channel = 'payment_page' ORDER BY id""").bind("f", e.finess()).mapToMap().list());
	}

	@Test
	void recordsCardPaymentsOnceAndReconcilesThem() throws Exception {
		Establishment e = ledgers.establishment("75600001", "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/09/2026", "01/10/2026", "25,00", "0,00")
						+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "40,00", "0,00"));
		long caseId = ledgers.openCase(e, "P2");
		String rf = CreditorReference.forEstablishment(e.finess(), caseId).printed();
		String export = "date;montant;reference;payeur;transaction\r\n"
				+ "19/11/2026;25,00;Facture F000000001;Marie ROUX;TX-1001\r\n" + "19/11/2026;40,00;" + rf
				+ ";Paul BLANC;TX-1002\r\n" + "19/11/2026;abc;F000000001;Marie ROUX;TX-1003\r\n";

		ledgers.drop(e, "paiements-en-ligne-1.csv", export);
		ledgers.drop(e, "paiements-en-ligne-2.csv", export.replace("TX-1003", "TX-1004"));
		ledgers.night(e, NIGHT);
		reconciliation.reconcile(e, NIGHT);

		assertThat(payments(e))
			.extracting(p -> p.get("amount"), p -> p.get("invoice_number"), p -> p.get("match_status"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("25.00"), "F000000001", "matched"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("40.00"), null, "matched"));
		assertThat(payments(e).get(1).get("reference")).isEqualTo(rf.replace(" ", ""));
		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("paid");
		assertThat(ledgers.patientPart(e, "F000000002").status()).isEqualTo("paid");
		assertThat(ledgers.out(e, NIGHT + "-paiements-en-ligne-1.csv.errors.csv"))
			.contains("paiements-en-ligne-1.csv;4;montant;abc;BAD_AMOUNT");
	}

}
