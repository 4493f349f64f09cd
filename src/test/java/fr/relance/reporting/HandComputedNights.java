package fr.relance.reporting;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

import fr.relance.testworld.DunningCase;
import fr.relance.testworld.Invoice;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * A small world whose KPIs are computed by hand, built with the shared {@link World}. The
 * clinic's first reported night is 10/03/2031 (N0); the night under test is 11/03/2031
 * (N1).
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
final class HandComputedNights {

	static final LocalDate N0 = LocalDate.of(2031, 3, 10);

	static final LocalDate N1 = LocalDate.of(2031, 3, 11);

	/** The status date of every part (the KPIs do not read it). */
	static final LocalDate SINCE = LocalDate.of(2030, 1, 1);

	private HandComputedNights() {
	}

	/**
	 * A patient as a ledger gives it with no contact data, named Durand (no report may
	 * print the name).
	 */
	static Patient durand(World world, String externalId) {
		return world.patient(externalId).named(null, "Durand").withoutContact();
	}

	static World build(Jdbi jdbi, KpiHistory history) {
		World world = World.clinic(jdbi);
		world.ledger(N0);
		Patient anne = durand(world, "IPP1");
		Patient bruno = durand(world, "IPP2");
		Patient carla = durand(world, "IPP3");
		Invoice f1 = anne.invoice("F1", LocalDate.of(2031, 3, 1)).total("460.00");
		Part f1Amo = f1.part("AMO", "300.00", "pending", SINCE);
		Part f1Amc = f1.part("AMC", "60.00", "rejected", SINCE);
		Part f1Patient = f1.part("PATIENT", "100.00", "open", SINCE);
		Part f2Patient = bruno.invoice("F2", LocalDate.of(2030, 12, 1))
			.total("200.00")
			.part("PATIENT", "200.00", "open", SINCE)
			.sourcePaid("50.00");
		bruno.invoice("F3", LocalDate.of(2029, 1, 1))
			.total("500.00")
			.part("PATIENT", "500.00", "open", SINCE)
			.invoice()
			.closedAtSource(N0);
		carla.invoice("F4", LocalDate.of(2030, 2, 1)).total("70.00").part("PATIENT", "70.00", "written_off", SINCE);
		Part f5Patient = carla.invoice("F5", LocalDate.of(2030, 6, 1))
			.total("90.00")
			.part("PATIENT", "90.00", "open", SINCE);
		f1Patient.paid("50.00", LocalDate.of(2031, 2, 1));
		f5Patient.paid("10.00", N0);
		DunningCase anneCase = anne.openCase(LocalDate.of(2031, 3, 1));
		anneCase.action(1, "LETTER", "100.00", "1.77", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 1), null);
		DunningCase carlaCase = carla.openCase(LocalDate.of(2031, 3, 5));
		carlaCase.action(1, "LETTER", "90.00", "1.77", LocalDate.of(2031, 3, 5), null,
				"suppressed on 2031-03-11: RECENT_PAYMENT: payé le 10/03/2031");

		history.record(world.finess, N0);

		world.file("noemie", N1);
		f1Amo.payerReturn("AMO", "300.00", "300.00", 'P', null);
		f1Amo.allocated("remittance", "300.00", LocalDate.of(2031, 3, 9));
		f1Amc.payerReturn("AMC", "60.00", "0.00", 'R', "A12");
		f1Patient.paid("40.00", N1);
		world.ledger(N1);
		f2Patient.sourcePaid("80.00");
		f2Patient.ledgerRise("30.00", N1);
		f5Patient.allocated("write_off", "20.00", N1);
		anneCase.action(2, "SMS", "60.00", "0.10", N1, N1, null);
		bruno.openCase(N1).action(1, "LETTER", "120.00", "1.77", N1, N1, null);
		carlaCase.decision(N1, "WRITE_OFF_PROPOSAL", "60.00", "2.50");

		history.record(world.finess, N1);
		return world;
	}

}
