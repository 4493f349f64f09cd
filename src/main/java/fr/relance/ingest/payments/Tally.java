package fr.relance.ingest.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Running counts of one file while it streams; becomes a {@link Camt053Summary}. */
final class Tally {

	int statements;

	int entries;

	int creditLines;

	BigDecimal creditTotal = BigDecimal.ZERO.setScale(2);

	int reversals;

	int debitsSkipped;

	int notBookedSkipped;

	private final List<SkippedEntry> skipped = new ArrayList<>();

	void skip(EntryFields entry, SkipReason reason, String detail) {
		this.skipped.add(new SkippedEntry(entry.entryNumber, entry.xmlLine, reason, detail));
	}

	void credit(BankCreditLine line) {
		this.creditLines++;
		this.creditTotal = this.creditTotal.add(line.amount());
		if (line.reversal()) {
			this.reversals++;
		}
	}

	Camt053Summary toSummary() {
		return new Camt053Summary(this.statements, this.entries, this.creditLines, this.creditTotal, this.reversals,
				this.debitsSkipped, this.notBookedSkipped, this.skipped);
	}

}
