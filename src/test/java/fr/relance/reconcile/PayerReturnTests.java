package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * Payer returns onto payer parts: paid, partly paid, rejected to re-bill, rejected to the
 * patient (code rule "transfer" in jobs/reject-codes.yml: A123), deferred, unknown
 * invoice, and a rerun that changes nothing.
 */
@EngineTest
class PayerReturnTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	Jdbi jdbi;

	/**
	 * Invoices F000000001..5, each AMO 70,00 + AMC 20,00 + patient 10,00, nothing paid
	 * yet.
	 */
	private Establishment world(String stem) throws Exception {
		Establishment e = ledgers.establishment(stem, "relance-standard");
		StringBuilder ledger = new StringBuilder(LedgerTestSupport.HEADER);
		for (int n = 1; n <= 5; n++) {
			ledger
				.append(String.join(";", e.finess(), "F00000000" + n, "P" + n, "MARTIN", "Lou", "1 rue A", "", "75015",
						"Paris", "", "", "01/01/1970", "01/09/2026", "01/09/2026", "01/10/2026", "100,00", "70,00",
						"20,00", "990100017", "10,00", "0,00", "0,00", "0,00", ""))
				.append("\r\n");
		}
		ledgers.importLedger(e, NIGHT, ledger.toString());
		return e;
	}

	/**
	 * A NOEMIE-like return line on the invoice's bare 9-digit number, as the Assurance
	 * Maladie writes it.
	 */
	private long returnLine(Establishment e, String payer, String invoice, String claimed, String paid, String status,
			String code) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		return jdbi.withHandle(h -> {
			long remittance = h
				.createQuery(
						"""
								INSERT INTO remittance (finess, source_file_id, source_line, payer, organisation, transfer_reference,
								    payment_date, net_amount)
								VALUES (:f, :file, (SELECT COALESCE(max(source_line), 100) + 1 FROM remittance WHERE source_file_id = :file),
								    :payer, 'CPAM 751', 'VIR TEST', DATE '2026-11-18', :paid) RETURNING id""")
				.bind("f", e.finess())
				.bind("file", file)
				.bind("payer", payer)
				.bind("paid", new BigDecimal(paid))
				.mapTo(Long.class)
				.one();
			long line = h.createQuery("""
					INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
					    return_status, source_file_id, source_line)
					VALUES (:r, 'invoice_return', :payer, :invoice, :claimed, :paid, :status, :file, :r)
					RETURNING id""")
				.bind("r", remittance)
				.bind("payer", payer)
				.bind("invoice", invoice)
				.bind("claimed", new BigDecimal(claimed))
				.bind("paid", new BigDecimal(paid))
				.bind("status", status)
				.bind("file", file)
				.mapTo(Long.class)
				.one();
			if (code != null) {
				h.execute(
						"INSERT INTO remittance_code (remittance_line_id, code, label) VALUES (?, ?, 'LIBELLE FICTIF')",
						line, code);
			}
			return line;
		});
	}

	private String part(Establishment e, String invoice, String payer) {
		return jdbi.withHandle(h -> h
			.createQuery(
					"""
							SELECT b.amount_open || ' ' || b.status FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id
							WHERE i.finess = :f AND i.invoice_number = :n AND b.payer = :p""")
			.bind("f", e.finess())
			.bind("n", invoice)
			.bind("p", payer)
			.mapTo(String.class)
			.one());
	}

	@Test
	void eachReturnStatusAndRuleLandsOnTheRightPart() throws Exception {
		Establishment e = world("75400001");
		returnLine(e, "AMO", "000000001", "70.00", "70.00", "P", null);
		returnLine(e, "AMC", "000000002", "20.00", "12.00", "P", null);
		returnLine(e, "AMO", "000000003", "70.00", "0.00", "R", "C310");
		returnLine(e, "AMO", "000000004", "70.00", "0.00", "R", "A123");
		returnLine(e, "AMC", "000000005", "20.00", "0.00", "D", null);
		long unknown = returnLine(e, "AMO", "000000099", "30.00", "30.00", "P", null);

		reconciliation.reconcile(e, NIGHT);

		assertThat(part(e, "F000000001", "AMO")).isEqualTo("0.00 paid");
		assertThat(part(e, "F000000002", "AMC")).isEqualTo("8.00 open");
		// rejected to re-bill: still the payer's, on the worklist, not the patient's debt
		assertThat(part(e, "F000000003", "AMO")).isEqualTo("70.00 rejected");
		assertThat(part(e, "F000000003", "PATIENT")).isEqualTo("10.00 open");
		// rejected with a code whose rule is transfer: the patient now owes the AMO part
		// too
		assertThat(part(e, "F000000004", "AMO")).isEqualTo("0.00 transferred");
		assertThat(part(e, "F000000004", "PATIENT")).isEqualTo("80.00 open");
		assertThat(part(e, "F000000005", "AMC")).isEqualTo("20.00 pending");
		assertThat(matchStatus(unknown)).isEqualTo("unmatched");
		assertThat(ledgers.out(e, NIGHT + "-a-refacturer.csv"))
			.contains("F000000003;AMO;;70,00;20/11/2026;C310 LIBELLE FICTIF");
		assertThat(ledgers.out(e, NIGHT + "-retours-non-rapproches.csv"))
			.contains("000000099;AMO;CPAM 751;30,00;18/11/2026;non rapprochée;facture inconnue");
	}

	@Test
	void reconcilingAgainChangesNothing() throws Exception {
		Establishment e = world("75400002");
		returnLine(e, "AMO", "000000001", "70.00", "35.00", "P", null);
		returnLine(e, "AMO", "000000004", "70.00", "0.00", "R", "A123");
		reconciliation.reconcile(e, NIGHT);
		long before = ledgers.allocations(e);

		reconciliation.reconcile(e, NIGHT);
		reconciliation.reconcile(e, NIGHT.plusDays(1));

		assertThat(ledgers.allocations(e)).isEqualTo(before).isEqualTo(3);
		assertThat(part(e, "F000000001", "AMO")).isEqualTo("35.00 open");
		assertThat(part(e, "F000000004", "PATIENT")).isEqualTo("80.00 open");
	}

	@Test
	void aReturnNamingAnInvoiceClosedAtTheSourceIsReportedAsAnInconsistency() throws Exception {
		Establishment e = world("75400003");
		jdbi.useHandle(h -> h.execute(
				"UPDATE invoice SET closed_at_source_on = '2026-11-19' WHERE finess = ? AND invoice_number = 'F000000002'",
				e.finess()));
		long line = returnLine(e, "AMO", "000000002", "70.00", "70.00", "P", null);

		reconciliation.reconcile(e, NIGHT);

		assertThat(matchStatus(line)).isEqualTo("inconsistent");
		assertThat(ledgers.out(e, NIGHT + "-retours-non-rapproches.csv")).contains("paiement sur une facture close");
	}

	@Test
	void aPayerPayingMoreThanThePartBillsIsReportedAsAnInconsistency() throws Exception {
		Establishment e = world("75400005");
		long line = returnLine(e, "AMO", "000000001", "70.00", "90.00", "P", null);

		reconciliation.reconcile(e, NIGHT);

		assertThat(matchStatus(line)).isEqualTo("inconsistent");
		assertThat(part(e, "F000000001", "AMO")).isEqualTo("-20.00 paid");
		assertThat(ledgers.out(e, NIGHT + "-retours-non-rapproches.csv")).contains(
				"000000001;AMO;CPAM 751;90,00;18/11/2026;incohérente;payé 90,00 € pour une part facturée 70,00 €");
	}

	@Test
	void aRetentionReversesThePartItsDebtNamesAndAnUnknownDebtIsReported() throws Exception {
		Establishment e = world("75400004");
		returnLine(e, "AMO", "000000001", "70.00", "70.00", "P", null);
		long named = retention(e, "000000001", "-70.00");
		long unknown = retention(e, "INDU424242", "-12.34");

		reconciliation.reconcile(e, NIGHT);
		reconciliation.reconcile(e, NIGHT);

		// paid, then recovered as undue: owed again by the payer, once whatever the
		// reruns
		assertThat(part(e, "F000000001", "AMO")).isEqualTo("70.00 open");
		assertThat(matchStatus(named)).isEqualTo("matched");
		assertThat(matchStatus(unknown)).isEqualTo("unmatched");
		assertThat(ledgers.out(e, NIGHT + "-retours-non-rapproches.csv")).contains(
				"INDU424242;AMO;CPAM 751;-12,34;18/11/2026;non rapprochée;retenue sur virement : la dette INDU424242");
	}

	private long retention(Establishment e, String debt, String amount) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		long remittance = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM remittance WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		return jdbi.withHandle(h -> h.createQuery("""
				INSERT INTO remittance_line (remittance_id, line_kind, payer_part, paid, source_file_id, source_line,
				    source_item, debt_reference, debt_nature, recovery_operation)
				VALUES (:r, 'retention', 'AMO', :paid, :file, :r, 2 + (SELECT count(*) FROM remittance_line
				    WHERE remittance_id = :r), :debt, 'IND', 'RPR')
				RETURNING id""")
			.bind("r", remittance)
			.bind("paid", new BigDecimal(amount))
			.bind("file", file)
			.bind("debt", debt)
			.mapTo(Long.class)
			.one());
	}

	private String matchStatus(long line) {
		return jdbi.withHandle(h -> h.createQuery("SELECT match_status FROM remittance_line WHERE id = :id")
			.bind("id", line)
			.mapTo(String.class)
			.one());
	}

}
