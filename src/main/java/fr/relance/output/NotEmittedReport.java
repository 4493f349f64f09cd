package fr.relance.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.relance.support.text.EstablishmentCsv;

/**
 * The actions that could not go out tonight, with the reason: semicolon-separated UTF-8 with a byte-order mark, like
 * the error reports, so a spreadsheet opens it with its accents. References only: no name, no address.
 */
final class NotEmittedReport {

	private static final String[] HEADER = { "finess", "reference", "etape", "motif" };

	private NotEmittedReport() {
	}

	static Path opsPath(Path out, LocalDate night) {
		return out.resolve(night.toString()).resolve("letters-not-emitted.csv");
	}

	/** Ops' report of every establishment; written every night, empty when all went out. */
	static void forOps(Path out, LocalDate night, List<NotEmitted> notEmitted) {
		write(opsPath(out, night), notEmitted);
	}

	/** The establishment's own report, only when it has something to say. */
	static void forEstablishment(Path drop, String finess, LocalDate night, List<NotEmitted> notEmitted) {
		if (!notEmitted.isEmpty()) {
			write(drop.resolve(finess).resolve("out").resolve(night + "-courriers-non-emis.csv"), notEmitted);
		}
	}

	private static void write(Path target, List<NotEmitted> rows) {
		try (EstablishmentCsv csv = EstablishmentCsv.create(target, HEADER)) {
			for (NotEmitted row : rows) {
				csv.row(row.finess(), row.reference(), row.stepId(), row.reason());
			}
			csv.commit();
		}
	}

}
