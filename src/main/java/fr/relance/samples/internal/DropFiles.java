package fr.relance.samples.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import fr.relance.samples.SampleEstablishment;

/**
 * Where tonight's files of an establishment go:
 * {@code drop/<FINESS>/in/<prefix><yyyyMMdd><suffix>}.
 */
final class DropFiles {

	private DropFiles() {
	}

	static Path in(Path outputDir, SampleEstablishment establishment, String prefix, LocalDate date, String suffix) {
		return outputDir.resolve("drop")
			.resolve(establishment.finess())
			.resolve("in")
			.resolve(prefix + LedgerFields.compactDate(date) + suffix);
	}

	/** yyMMdd, the date writing of NOEMIE and B2 (docs/formats.md#dates). */
	static String shortDate(LocalDate date) {
		return LedgerFields.compactDate(date).substring(2);
	}

}
