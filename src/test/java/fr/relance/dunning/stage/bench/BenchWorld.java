package fr.relance.dunning.stage.bench;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

import fr.relance.testworld.bulk.BulkWorld;

/**
 * A synthetic establishment written by set-based SQL: one patient per case (a fifth
 * without a phone, a few opted out, disputed, deceased or under guardianship), one or two
 * invoices each due 10 to 700 days before the night, each with a patient part (1 to 91
 * EUR, a few larger), an AMO part (paid, or pending for one in twenty) and, for one
 * patient part in five, a partial payment; three cases in ten already had their first
 * letter emitted 20 to 60 days ago. The scripts are {@code BenchWorld/<name>.sql}.
 */
public final class BenchWorld {

	private BenchWorld() {
	}

	public static void generate(Jdbi jdbi, String finess, LocalDate night, int cases) {
		BulkWorld.of(BenchWorld.class)
			.bind("finess", finess)
			.bind("night", night)
			.bind("cases", cases)
			.establishment("Clinique du banc d'essai")
			.ledgerFile(900_000_001L, "b".repeat(64), night.minusDays(1), night.minusDays(1).atTime(2, 0))
			.own("patients", "invoices", "patient-parts", "amo-parts", "part-payments", "cases", "first-letters")
			.build(jdbi);
	}

}
