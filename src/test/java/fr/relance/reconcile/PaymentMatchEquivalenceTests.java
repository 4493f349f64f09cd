package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.b2.B2ImportProperties;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.support.ids.CreditorReference;
import fr.relance.reconcile.internal.PatientPayments;
import fr.relance.reconcile.internal.PayerReturns;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;

/**
 * The set-based matching of patient payments ({@code PatientPayments}) against the same
 * rules applied one payment at a time ({@link ReferencePaymentMatcher}): on generated
 * worlds, and on worlds bent to make payments meet (cases that RF references name,
 * ledgers that record bank payments, twice-paid parts, payers named like several
 * patients), every allocation (payment, part, amount) and every payment's outcome and
 * note must be the same. Each path runs on the same database state in a transaction that
 * is rolled back.
 */
@EngineTest
class PaymentMatchEquivalenceTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	ListableBeanFactory beans;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RejectCodes rejectCodes;

	@Autowired
	B2ImportProperties numbers;

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@TempDir
	Path world;

	/**
	 * Allocations "payment;part;amount" and payments "payment;status;note" one path
	 * leaves, sorted.
	 */
	record Outcome(List<String> allocations, List<String> payments) {

		Map<String, Long> statuses() {
			Map<String, Long> counts = new TreeMap<>();
			payments.forEach(p -> counts.merge(p.split(";")[1], 1L, Long::sum));
			return counts;
		}

	}

	private Outcome run(Establishment e, LocalDate night, Function<Handle, Object> matcher) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return tx.execute(status -> {
			status.setRollbackOnly();
			return jdbi.withHandle(h -> {
				new PayerReturns(rejectCodes, numbers).reconcile(h, e.finess(), night);
				matcher.apply(h);
				List<String> allocations = h.createQuery("""
						SELECT a.payment_id || ';' || a.invoice_part_id || ';' || a.amount || ';' || a.allocated_on
						FROM allocation a JOIN payment p ON p.id = a.payment_id
						WHERE p.finess = :f ORDER BY a.payment_id, a.invoice_part_id""")
					.bind("f", e.finess())
					.mapTo(String.class)
					.list();
				List<String> payments = h.createQuery("""
						SELECT id || ';' || match_status || ';' || COALESCE(match_note, '') FROM payment
						WHERE finess = :f ORDER BY id""").bind("f", e.finess()).mapTo(String.class).list();
				return new Outcome(allocations, payments);
			});
		});
	}

	/** Both paths on the establishment's current state; returns the (equal) outcome. */
	private Outcome bothPaths(Establishment e, LocalDate night) {
		Outcome reference = run(e, night, h -> {
			new ReferencePaymentMatcher(h, e.finess(), night).matchAll();
			return null;
		});
		Outcome setBased = run(e, night, h -> new PatientPayments(h, e.finess(), night).matchAll());
		assertThat(setBased.payments()).as("payment outcomes of %s", e.finess())
			.containsExactlyElementsOf(reference.payments());
		assertThat(setBased.allocations()).as("allocations of %s", e.finess())
			.containsExactlyElementsOf(reference.allocations());
		return setBased;
	}

	private List<Establishment> generated(long seed, int invoices) throws Exception {
		GenerationOptions options = new GenerationOptions(2, invoices, seed, NIGHT, this.world).withReturns(true);
		new SampleWorldGenerator().generate(options);
		GeneratedWorldNight night = new GeneratedWorldNight(this.beans);
		List<Establishment> establishments = night.establish(this.world);
		night.ingest(establishments, NIGHT);
		return establishments;
	}

	@Test
	void aGeneratedWorldIsMatchedAlikeByBothPaths() throws Exception {
		for (Establishment e : generated(2_101, 400)) {
			Outcome outcome = bothPaths(e, NIGHT);
			assertThat(outcome.statuses()).containsKeys("matched", "credit", "suspense");
			assertThat(outcome.allocations()).hasSizeGreaterThan(20);
		}
	}

	/**
	 * The same kind of world bent so that payments meet: every patient has a dunning case
	 * (the generator's RF references then name other patients' cases), ledgers record
	 * bank payments, one payment in three is paid twice, and payers give only their last
	 * name and the amount due of an open part (often several parts fit, or a part an
	 * earlier payment settled).
	 */
	@Test
	void aWorldWherePaymentsMeetIsMatchedAlikeByBothPaths() throws Exception {
		List<Establishment> establishments = generated(2_102, 400);
		for (Establishment e : establishments) {
			jdbi.useHandle(h -> {
				h.execute(
						"INSERT INTO dunning_case (finess, patient_id, opened_on) SELECT finess, id, DATE '2026-11-01'"
								+ " FROM patient WHERE finess = ? ORDER BY id",
						e.finess());
				h.execute("UPDATE establishment SET ledger_records_bank_payments = TRUE WHERE finess = ?", e.finess());
				h.execute("""
						INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name,
						    source_file_id, source_line)
						SELECT finess, channel, paid_on + 1, amount, reference, invoice_number, payer_name,
						       source_file_id, source_line + 100000
						FROM payment WHERE finess = ? AND id % 3 = 0""", e.finess());
				h.execute(
						"""
								INSERT INTO payment (finess, channel, paid_on, amount, payer_name, source_file_id, source_line)
								SELECT i.finess, 'payment_page', DATE '2026-11-18' + (p.id % 3)::int, p.amount_due,
								       'M ' || pa.last_name, (SELECT min(id) FROM source_file WHERE finess = i.finess),
								       200000 + p.id::int
								FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id JOIN patient pa ON pa.id = i.patient_id
								WHERE i.finess = ? AND p.payer = 'PATIENT' AND p.amount_due > 0 AND p.id % 5 = 0""",
						e.finess());
				// some transfers quote the RF reference of their patient's case, whatever
				// the case numbers the shared
				// database has reached (the generator's references name case numbers of
				// its own)
				List<long[]> quoting = h.createQuery("""
						SELECT p.id, c.id FROM payment p
						JOIN invoice i ON i.finess = p.finess AND i.invoice_number = p.invoice_number
						JOIN dunning_case c ON c.patient_id = i.patient_id
						WHERE p.finess = :finess AND p.channel = 'bank_transfer' AND p.id % 7 = 1""")
					.bind("finess", e.finess())
					.map((rs, ctx) -> new long[] { rs.getLong(1), rs.getLong(2) })
					.list();
				assertThat(quoting).isNotEmpty();
				quoting.forEach(pc -> h.execute("UPDATE payment SET reference = ? WHERE id = ?",
						CreditorReference.forEstablishment(e.finess(), pc[1]).toString(), pc[0]));
			});
			Outcome outcome = bothPaths(e, NIGHT);
			assertThat(outcome.statuses()).containsKeys("matched", "credit", "suspense");
			assertThat(outcome.payments()).anyMatch(p -> p.contains("rapproché par nom et montant exact"))
				.anyMatch(p -> p.contains("rapproché par référence RF"))
				.anyMatch(p -> p.contains("ni référence ni numéro de facture, et aucun solde unique"));
		}
	}

	private long pay(Establishment e, String paidOn, String amount, String reference, String invoice, String payer,
			String badCheck) {
		return jdbi.withHandle(h -> h.createQuery("""
				INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name,
				    bad_check_reference, source_file_id, source_line)
				VALUES (:f, 'bank_transfer', CAST(:on AS date), :a, :r, :i, :p, :bad,
				    (SELECT max(id) FROM source_file WHERE finess = :f),
				    (SELECT COALESCE(max(source_line), 1000) + 1 FROM payment WHERE finess = :f))
				RETURNING id""")
			.bind("f", e.finess())
			.bind("on", paidOn)
			.bind("a", new BigDecimal(amount))
			.bind("r", reference)
			.bind("i", invoice)
			.bind("p", payer)
			.bind("bad", badCheck)
			.mapTo(Long.class)
			.one());
	}

	private String status(long payment) {
		return jdbi.withHandle(h -> h.createQuery("SELECT match_status FROM payment WHERE id = :id")
			.bind("id", payment)
			.mapTo(String.class)
			.one());
	}

	/**
	 * Hand-made cases, each decided by the order of the payments: P1 DUPONT owes 30,00
	 * (F1) and 20,00 (F2), P4 DUPONT owes 20,00 (F4), P2 LEGRAND 10,00 (F3), P5 and P6
	 * MARTIN 15,00 each (F5, F6), P7 BERNARD 12,00 (F8).
	 */
	@Test
	void trickyPaymentsAreMatchedAlikeByBothPathsAndAsTheRulesSay() throws Exception {
		Establishment e = ledgers.establishment("75302101", "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "DUPONT", "01/09/2026", "01/10/2026", "30,00", "0,00")
						+ ledgers.line(e, "F000000002", "P1", "DUPONT", "01/10/2026", "01/11/2026", "20,00", "0,00")
						+ ledgers.line(e, "F000000003", "P2", "LEGRAND", "01/10/2026", "01/11/2026", "10,00", "0,00")
						+ ledgers.line(e, "F000000004", "P4", "DUPONT", "01/10/2026", "01/11/2026", "20,00", "0,00")
						+ ledgers.line(e, "F000000005", "P5", "MARTIN", "01/10/2026", "01/11/2026", "15,00", "0,00")
						+ ledgers.line(e, "F000000006", "P6", "MARTIN", "01/10/2026", "01/11/2026", "15,00", "0,00")
						+ ledgers.line(e, "F000000008", "P7", "BERNARD", "01/10/2026", "01/11/2026", "12,00", "0,00"));
		String rf = CreditorReference.forEstablishment(e.finess(), ledgers.openCase(e, "P2")).value();
		String wrongCheck = "RF00" + rf.substring(4);
		// F2 paid by its number; then 20,00 from a DUPONT meets only F4 (F2 is settled):
		// matched by name
		long byInvoice = pay(e, "2026-11-10", "20.00", null, "F000000002", "JEAN DUPONT", null);
		long byName = pay(e, "2026-11-11", "20.00", null, null, "M DUPONT", null);
		// two payments for F1: the second finds the patient owing nothing and waits (the
		// next night pays his new invoice)
		long first = pay(e, "2026-11-12", "30.00", null, "F000000001", null, null);
		long second = pay(e, "2026-11-13", "30.00", null, "F000000001", null, null);
		// two MARTIN owe 15,00: an exact amount from "MARTIN" fits both, so it waits
		long ambiguous = pay(e, "2026-11-12", "15.00", null, null, "MME MARTIN", null);
		// a valid RF reference of P2's case, more than P2 owes: F3 settled, the rest a
		// credit
		long byReference = pay(e, "2026-11-14", "25.00", rf, null, "LEGRAND", null);
		// wrong check digits: never matched on, named in the note; the invoice number is
		// tried instead
		long badCheck = pay(e, "2026-11-14", "15.00", null, "F000000005", null, wrongCheck);
		long badCheckAlone = pay(e, "2026-11-14", "15.00", null, null, null, wrongCheck);
		// F2's patient owes nothing by then: the invoice rule finds no open part, the
		// name and amount rule F8
		long fallsThrough = pay(e, "2026-11-15", "12.00", null, "F000000002", "BERNARD PAUL", null);

		Outcome outcome = bothPaths(e, NIGHT);

		reconciliation.reconcile(e, NIGHT);
		assertThat(status(byInvoice)).isEqualTo("matched");
		assertThat(status(byName)).isEqualTo("matched");
		assertThat(ledgers.patientPart(e, "F000000004").amountOpen()).isEqualByComparingTo("0.00");
		assertThat(status(first)).isEqualTo("matched");
		assertThat(status(second)).isEqualTo("suspense");
		assertThat(status(ambiguous)).isEqualTo("suspense");
		assertThat(status(byReference)).isEqualTo("credit");
		assertThat(status(badCheck)).isEqualTo("matched");
		assertThat(status(badCheckAlone)).isEqualTo("suspense");
		assertThat(status(fallsThrough)).isEqualTo("matched");
		assertThat(ledgers.patientPart(e, "F000000008").amountOpen()).isEqualByComparingTo("0.00");
		assertThat(outcome.payments()).anyMatch(p -> p.startsWith(badCheck + ";matched;rapproché par facture F000000005"
				+ " ; référence RF aux chiffres de contrôle invalides : " + wrongCheck));

		// the next night: a new invoice for P6 and the payments in suspense are tried
		// again, alike
		ledgers.importLedger(e, NIGHT.plusDays(1), LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000007", "P1", "DUPONT", "10/11/2026", "10/12/2026", "30,00", "0,00"));
		Outcome next = bothPaths(e, NIGHT.plusDays(1));
		assertThat(next.payments()).anyMatch(p -> p.startsWith(second + ";matched;rapproché par facture F000000001"));
	}

	/**
	 * A part an earlier payment of the night left open by exactly the amount fits as much
	 * as one that was.
	 */
	@Test
	void aPartPaidDownTonightToTheAmountMakesTheNameAndAmountAmbiguous() throws Exception {
		Establishment e = ledgers.establishment("75302102", "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000009", "P8", "ROUX", "01/09/2026", "01/10/2026", "50,00", "0,00")
						+ ledgers.line(e, "F000000010", "P9", "ROUX", "01/10/2026", "01/11/2026", "20,00", "0,00"));
		long partial = pay(e, "2026-11-10", "30.00", null, "F000000009", null, null);
		long byName = pay(e, "2026-11-11", "20.00", null, null, "ROUX", null);

		bothPaths(e, NIGHT);

		reconciliation.reconcile(e, NIGHT);
		assertThat(status(partial)).isEqualTo("matched");
		assertThat(ledgers.patientPart(e, "F000000009").amountOpen()).isEqualByComparingTo("20.00");
		assertThat(status(byName)).isEqualTo("suspense");
		assertThat(ledgers.patientPart(e, "F000000010").amountOpen()).isEqualByComparingTo("20.00");
	}

}
