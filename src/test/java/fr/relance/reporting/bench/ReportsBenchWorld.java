package fr.relance.reporting.bench;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

import fr.relance.testworld.bulk.BulkWorld;

/**
 * The world of the reports benchmark, written by set-based SQL: {@code establishments}
 * clinics (FINESS 98000xxxx) of {@code invoices} invoices each, one patient per 1.25
 * invoices, every invoice with an AMO part, half with an AMC part and all with a patient
 * part, due 0 to 800 days before the night; insurer money already allocated to most payer
 * parts, a fifth of the patient parts half paid, three patients in ten with a case and a
 * letter emitted 20 to 60 days ago. {@link #history} is what existed before the previous
 * night; {@link #tonight} adds what tonight's files and dunning bring: NOEMIE return
 * lines on 5 % of the payer parts (a tenth rejected with a code), bank payments on 1 % of
 * the patient parts (and a few in suspense), ledger rises on 2 %, write-offs, tonight's
 * actions emitted, planned and suppressed, a decision for every case and the night's
 * calibration. The scripts are {@code ReportsBenchWorld/<name>.sql}.
 */
final class ReportsBenchWorld {

	private ReportsBenchWorld() {
	}

	/** Everything up to the previous night. */
	static void history(Jdbi jdbi, int establishments, int invoices, LocalDate night) {
		world(establishments, invoices, night)
			.own("establishments", "ledger-files", "patients", "invoices", "invoice-parts", "invoice-totals",
					"allocations", "cases", "first-letters")
			.build(jdbi);
	}

	/** Tonight's money, returns and dunning. */
	static void tonight(Jdbi jdbi, int establishments, int invoices, LocalDate night) {
		world(establishments, invoices, night)
			.own("night-files", "remittances", "return-lines", "reject-codes", "return-allocations", "payments",
					"payment-allocations", "ledger-payments", "write-offs", "night-actions", "decisions", "calibration")
			.build(jdbi);
	}

	private static BulkWorld world(int establishments, int invoices, LocalDate night) {
		return BulkWorld.of(ReportsBenchWorld.class)
			.bind("establishments", establishments)
			.bind("invoices", invoices)
			.bind("night", night);
	}

}
