package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * The matched payments the establishment must post in its billing system (#16 item 6):
 * one file a night, each payment and payer return listed once across nights and reruns.
 */
@EngineTest
class PostBackTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 19);

	static final LocalDate NEXT = LocalDate.of(2026, 11, 20);

	static final String HEADER = "\uFEFFn° Relance;facture;payeur;organisme;date;montant;origine;référence;fichier;ligne";

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	Jdbi jdbi;

	@Test
	void eachMatchedPaymentIsListedOnceAcrossTwoNightsAndReruns() throws Exception {
		Establishment e = ledgers.establishment("75710001", "relance-standard");
		ledgers.importLedger(e, FIRST,
				LedgerTestSupport.HEADER
						+ String.join(";", e.finess(), "F000000001", "P1", "MARTIN", "Lou", "1 rue A", "", "75015",
								"Paris", "", "", "01/01/1970", "01/09/2026", "01/09/2026", "01/10/2026", "100,00",
								"70,00", "0,00", "", "30,00", "0,00", "0,00", "0,00", "")
						+ "\r\n"
						+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "40,00", "0,00"));
		pay(e, "2026-11-18", "30.00", "F000000001", "=HYPERLINK(\"x\")", "BANK-REF-1");

		reconciliation.reconcile(e, FIRST);
		reconciliation.reconcile(e, FIRST);

		List<String> first = lines(e, FIRST);
		assertThat(first).hasSize(2);
		assertThat(first.get(0)).isEqualTo(HEADER);
		assertThat(first.get(1)).matches("\\d+;F000000001;patient;\"'=HYPERLINK\\(\"\"x\"\"\\)\";18/11/2026;30,00;"
				+ "virement;BANK-REF-1;ledger-\\d+-2026-11-19\\.csv;9001");

		// the next night: the AMO pays F000000001 and P2 pays part of F000000002; the
		// first payment is not listed again
		payerReturn(e, "000000001", "70.00");
		pay(e, "2026-11-19", "15.00", "F000000002", "BLANC", "BANK-REF-2");
		reconciliation.reconcile(e, NEXT);
		reconciliation.reconcile(e, NEXT);

		List<String> next = lines(e, NEXT);
		assertThat(next).hasSize(3);
		assertThat(next.get(1)).matches("\\d+;F000000001;AMO;CPAM 751;18/11/2026;70,00;retour de l'assurance maladie;"
				+ "VIR TEST;ledger-\\d+-2026-11-19\\.csv;502");
		assertThat(next.get(2)).matches("\\d+;F000000002;patient;BLANC;19/11/2026;15,00;virement;BANK-REF-2;.*");
		assertThat(String.join("\n", next)).doesNotContain("BANK-REF-1");
		// the first night's file, written again by its rerun, still lists its payment
		// alone
		assertThat(lines(e, FIRST)).isEqualTo(first);
	}

	@Test
	void aQuietNightWritesTheHeaderAlone() throws Exception {
		Establishment e = ledgers.establishment("75710002", "relance-standard");
		ledgers.importLedger(e, FIRST, LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "40,00", "0,00"));

		reconciliation.reconcile(e, FIRST);

		assertThat(lines(e, FIRST)).containsExactly(HEADER);
	}

	private List<String> lines(Establishment e, LocalDate night) throws Exception {
		return ledgers.out(e, night + "-paiements-a-saisir.csv").lines().toList();
	}

	private void pay(Establishment e, String on, String amount, String invoice, String payer, String key) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		jdbi.useHandle(h -> h.createUpdate("""
				INSERT INTO payment (finess, channel, paid_on, amount, invoice_number, payer_name, external_key,
				    source_file_id, source_line)
				VALUES (:f, 'bank_transfer', CAST(:on AS date), :a, :i, :p, :k, :file,
				    (SELECT COALESCE(max(source_line), 9000) + 1 FROM payment WHERE source_file_id = :file))""")
			.bind("f", e.finess())
			.bind("on", on)
			.bind("a", new BigDecimal(amount))
			.bind("i", invoice)
			.bind("p", payer)
			.bind("k", key)
			.bind("file", file)
			.execute());
	}

	private void payerReturn(Establishment e, String invoice, String paid) {
		long file = jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		jdbi.useHandle(h -> {
			long remittance = h.createQuery(
					"""
							INSERT INTO remittance (finess, source_file_id, source_line, payer, organisation, transfer_reference,
							    payment_date, net_amount)
							VALUES (:f, :file, 501, 'AMO', 'CPAM 751', 'VIR TEST', DATE '2026-11-18', :paid) RETURNING id""")
				.bind("f", e.finess())
				.bind("file", file)
				.bind("paid", new BigDecimal(paid))
				.mapTo(Long.class)
				.one();
			h.createUpdate("""
					INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
					    return_status, source_file_id, source_line)
					VALUES (:r, 'invoice_return', 'AMO', :invoice, :paid, :paid, 'P', :file, 502)""")
				.bind("r", remittance)
				.bind("invoice", invoice)
				.bind("paid", new BigDecimal(paid))
				.bind("file", file)
				.execute();
		});
	}

}
