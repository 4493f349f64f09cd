package fr.relance.ingest.payments;

import java.math.BigDecimal;
import java.util.List;

/**
 * Counts of one camt.053 file, complete once {@link Camt053Reader#read()} has returned
 * null; the intake stage writes them in its one summary line and its error report.
 *
 * @param statements number of {@code Stmt}
 * @param entries number of {@code Ntry}, whatever their direction or status
 * @param creditLines number of {@link BankCreditLine} produced
 * @param creditTotal sum of their amounts, scale 2
 * @param reversals credit lines flagged as reversals
 * @param debitsSkipped booked debits, not read
 * @param notBookedSkipped entries with a status other than BOOK (pending, information),
 * not read
 * @param skippedEntries entries refused or worth a look, in file order
 */
public record Camt053Summary(int statements, int entries, int creditLines, BigDecimal creditTotal, int reversals,
		int debitsSkipped, int notBookedSkipped, List<SkippedEntry> skippedEntries) {

	public Camt053Summary {
		skippedEntries = List.copyOf(skippedEntries);
	}

}
