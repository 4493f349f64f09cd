package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.support.ids.CreditorReference;

/**
 * Patient payments onto patient parts: RF reference, invoice number, exact amount,
 * suspense, credit.
 */
@EngineTest
class PatientPaymentTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	Jdbi jdbi;

	/**
	 * A patient P1 with two open invoices (30,00 due 01/10 and 20,00 due 01/11) and P2
	 * with one (10,00).
	 */
	private Establishment world(String stem) throws Exception {
		Establishment e = ledgers.establishment(stem, "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "DUPONT", "01/09/2026", "01/10/2026", "30,00", "0,00")
						+ ledgers.line(e, "F000000002", "P1", "DUPONT", "01/10/2026", "01/11/2026", "20,00", "0,00")
						+ ledgers.line(e, "F000000003", "P2", "LEGRAND", "01/10/2026", "01/11/2026", "10,00", "0,00"));
		return e;
	}

	private long pay(Establishment e, String amount, String reference, String invoice, String payer) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		return jdbi.withHandle(h -> h
			.createQuery(
					"""
							INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name, source_file_id,
							    source_line)
							VALUES (:f, 'bank_transfer', '2026-11-19', :a, :r, :i, :p, :file,
							    (SELECT COALESCE(max(source_line), 1000) + 1 FROM payment WHERE source_file_id = :file))
							RETURNING id""")
			.bind("f", e.finess())
			.bind("a", new BigDecimal(amount))
			.bind("r", reference)
			.bind("i", invoice)
			.bind("p", payer)
			.bind("file", file)
			.mapTo(Long.class)
			.one());
	}

	private BigDecimal open(Establishment e, String invoice) {
		return ledgers.patientPart(e, invoice).amountOpen();
	}

	private String status(long payment) {
		return jdbi.withHandle(h -> h.createQuery("SELECT match_status FROM payment WHERE id = :id")
			.bind("id", payment)
			.mapTo(String.class)
			.one());
	}

	@Test
	void aLetterReferenceSpreadsThePaymentOverTheCaseOldestFirst() throws Exception {
		Establishment e = world("75300001");
		long caseId = ledgers.openCase(e, "P1");
		String rf = CreditorReference.forEstablishment(e.finess(), caseId).value();
		long payment = pay(e, "35.00", rf, null, "M DUPONT JEAN");

		reconciliation.reconcile(e, NIGHT);

		assertThat(status(payment)).isEqualTo("matched");
		assertThat(open(e, "F000000001")).isEqualByComparingTo("0.00");
		assertThat(open(e, "F000000002")).isEqualByComparingTo("15.00");
		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("paid");
	}

	@Test
	void anInvoiceNumberPaysThatInvoiceFirstThenThePatientsOthers() throws Exception {
		Establishment e = world("75300002");
		long payment = pay(e, "40.00", null, "F000000002", null);

		reconciliation.reconcile(e, NIGHT);

		assertThat(status(payment)).isEqualTo("matched");
		assertThat(open(e, "F000000002")).isEqualByComparingTo("0.00");
		assertThat(open(e, "F000000001")).isEqualByComparingTo("10.00");
		assertThat(open(e, "F000000003")).isEqualByComparingTo("10.00");
	}

	@Test
	void anOverPaymentBecomesACreditAndIsReported() throws Exception {
		Establishment e = world("75300003");
		long payment = pay(e, "100.00", null, "F000000003", "LEGRAND");

		reconciliation.reconcile(e, NIGHT);

		assertThat(status(payment)).isEqualTo("credit");
		assertThat(open(e, "F000000003")).isEqualByComparingTo("0.00");
		assertThat(ledgers.out(e, NIGHT + "-trop-percus.csv")).contains("100,00;90,00;;F000000003;LEGRAND",
				"trop-perçu de 90,00\u00A0€");
	}

	@Test
	void aPaymentWithNothingToMatchWaitsInSuspenseAndIsMatchedWhenItsInvoiceArrives() throws Exception {
		Establishment e = world("75300004");
		long payment = pay(e, "12.00", null, "F000000099", null);

		reconciliation.reconcile(e, NIGHT);

		assertThat(status(payment)).isEqualTo("suspense");
		assertThat(ledgers.out(e, NIGHT + "-paiements-en-attente.csv")).contains("12,00;12,00;;F000000099",
				"facture F000000099 inconnue ou déjà soldée");

		// the next night's ledger brings the invoice
		ledgers.importLedger(e, NIGHT.plusDays(1), LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000099", "P3", "NOUVEAU", "10/11/2026", "10/12/2026", "12,00", "0,00"));
		reconciliation.reconcile(e, NIGHT.plusDays(1));

		assertThat(status(payment)).isEqualTo("matched");
		assertThat(open(e, "F000000099")).isEqualByComparingTo("0.00");
	}

	@Test
	void aPayerNameAndAnExactAmountMatchOnlyWhenOnePartFits() throws Exception {
		Establishment e = world("75300005");
		long unique = pay(e, "10.00", null, null, "MME LEGRAND CLAIRE");
		long ambiguous = pay(e, "20.00", null, null, "SOMEONE ELSE");

		reconciliation.reconcile(e, NIGHT);

		assertThat(status(unique)).isEqualTo("matched");
		assertThat(open(e, "F000000003")).isEqualByComparingTo("0.00");
		assertThat(status(ambiguous)).isEqualTo("suspense");
	}

	@Test
	void aPartialThenAFullPaymentSettleThePartAndARerunChangesNothing() throws Exception {
		Establishment e = world("75300006");
		pay(e, "10.00", null, "F000000001", null);
		reconciliation.reconcile(e, NIGHT);
		assertThat(open(e, "F000000001")).isEqualByComparingTo("20.00");
		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("open");

		pay(e, "20.00", null, "F000000001", null);
		reconciliation.reconcile(e, NIGHT.plusDays(1));
		reconciliation.reconcile(e, NIGHT.plusDays(1));

		assertThat(open(e, "F000000001")).isEqualByComparingTo("0.00");
		assertThat(ledgers.patientPart(e, "F000000001").status()).isEqualTo("paid");
		assertThat(ledgers.allocations(e)).isEqualTo(2);
		assertThat(open(e, "F000000002")).isEqualByComparingTo("20.00");
	}

}
