package fr.relance.reporting;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

/**
 * A small world whose KPIs are computed by hand. The clinic's first reported night is 10/03/2031 (N0); the night
 * under test is 11/03/2031 (N1).
 *
 * <pre>
 * F1 (issued and due 01/03/2031, total 460): AMO 300 paid by a return dated 09/03 (arrives after N0: counts on N1);
 *    AMC 60 rejected (open 60); patient 100: 50 paid on 01/02 (before the history), 40 paid on N1 after a letter
 *    emitted on 01/03 (LETTER), open 10
 * F2 (due 01/12/2030, 200 patient): the first ledger said 50 paid (opening balance), a ledger on N1 says 80: a rise
 *    of 30 seen on N1, no earlier action (NONE); open 120, 100 days old
 * F3 (500 patient) closed at the source, F4 (70 patient) written off: not open
 * F5 (due 01/06/2030, 90 patient): 10 paid on N0 (counts on N0), 20 written off on N1; open 60, 283 days old
 * On N1: a case placed with 120, a letter (1,77) and an SMS (0,10) emitted, a planned letter (1,77) suppressed by a
 * payment, a write-off proposed on 60 after the value rule avoided 2,50; two payer returns, one rejected (A12).
 * </pre>
 */
final class HandWorld {

	static final LocalDate N0 = LocalDate.of(2031, 3, 10);

	static final LocalDate N1 = LocalDate.of(2031, 3, 11);

	private HandWorld() {
	}

	static KpiWorld build(Jdbi jdbi, KpiHistory history) {
		KpiWorld world = KpiWorld.clinic(jdbi);
		long ledger0 = world.file("ledger", N0);
		long anne = world.patient(ledger0);
		long bruno = world.patient(ledger0);
		long carla = world.patient(ledger0);
		long f1 = world.invoice(ledger0, anne, LocalDate.of(2031, 3, 1), "460.00");
		long f1Amo = world.part(ledger0, f1, "AMO", "300.00", "0", "pending");
		long f1Amc = world.part(ledger0, f1, "AMC", "60.00", "0", "rejected");
		long f1Patient = world.part(ledger0, f1, "PATIENT", "100.00", "0", "open");
		long f2 = world.invoice(ledger0, bruno, LocalDate.of(2030, 12, 1), "200.00");
		long f2Patient = world.part(ledger0, f2, "PATIENT", "200.00", "50.00", "open");
		long f3 = world.invoice(ledger0, bruno, LocalDate.of(2029, 1, 1), "500.00");
		world.part(ledger0, f3, "PATIENT", "500.00", "0", "open");
		world.closeAtSource(f3, N0);
		long f4 = world.invoice(ledger0, carla, LocalDate.of(2030, 2, 1), "70.00");
		world.part(ledger0, f4, "PATIENT", "70.00", "0", "written_off");
		long f5 = world.invoice(ledger0, carla, LocalDate.of(2030, 6, 1), "90.00");
		long f5Patient = world.part(ledger0, f5, "PATIENT", "90.00", "0", "open");
		world.allocate(ledger0, f1Patient, "payment", "50.00", LocalDate.of(2031, 2, 1));
		world.allocate(ledger0, f5Patient, "payment", "10.00", N0);
		long anneCase = world.openCase(anne, LocalDate.of(2031, 3, 1));
		world.action(anneCase, 1, "LETTER", "100.00", "1.77", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 1), null);
		long carlaCase = world.openCase(carla, LocalDate.of(2031, 3, 5));
		world.action(carlaCase, 1, "LETTER", "90.00", "1.77", LocalDate.of(2031, 3, 5), null,
				"suppressed on 2031-03-11: RECENT_PAYMENT: payé le 10/03/2031");

		history.record(world.finess, N0);

		long noemie = world.file("noemie", N1);
		world.payerReturn(noemie, f1Amo, "AMO", "300.00", "300.00", 'P', null);
		world.allocate(noemie, f1Amo, "remittance", "300.00", LocalDate.of(2031, 3, 9));
		world.payerReturn(noemie, f1Amc, "AMC", "60.00", "0.00", 'R', "A12");
		world.allocate(noemie, f1Patient, "payment", "40.00", N1);
		long ledger1 = world.file("ledger", N1);
		jdbi.useHandle((h) -> h.execute("UPDATE invoice_part SET source_paid = 80.00 WHERE id = ?", f2Patient));
		world.ledgerRise(ledger1, f2Patient, "30.00", N1);
		world.allocate(ledger1, f5Patient, "write_off", "20.00", N1);
		world.action(anneCase, 2, "SMS", "60.00", "0.10", N1, N1, null);
		long brunoCase = world.openCase(bruno, N1);
		world.action(brunoCase, 1, "LETTER", "120.00", "1.77", N1, N1, null);
		world.decision(carlaCase, N1, "WRITE_OFF_PROPOSAL", "60.00", "2.50");

		history.record(world.finess, N1);
		return world;
	}

}
