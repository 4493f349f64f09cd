package fr.relance.output;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.relance.support.text.EstablishmentCsv;

/**
 * The actions that could not go out tonight, with the reason: semicolon-separated UTF-8
 * with a byte-order mark, like the error reports, so a spreadsheet opens it with its
 * accents. References only: no name, no address.
 */
final class NotEmittedReport {

	private static final String[] HEADER = { "finess", "reference", "etape", "motif" };

	private NotEmittedReport() {
	}

	static Path opsPath(Path out, LocalDate night) {
		return out.resolve(night.toString()).resolve("letters-not-emitted.csv");
	}

	/**
	 * One establishment's part of ops' report, rewritten by every attempt of its night,
	 * empty when all went out.
	 */
	static Path opsPart(Path out, LocalDate night, String finess) {
		return out.resolve(night.toString()).resolve("letters-not-emitted").resolve(finess + ".csv");
	}

	static void forOps(Path out, LocalDate night, String finess, List<NotEmitted> notEmitted) {
		write(opsPart(out, night, finess), notEmitted);
	}

	/**
	 * Ops' report of every establishment, from their parts; written every night, empty
	 * when all went out.
	 */
	static void mergeForOps(Path out, LocalDate night, List<Path> parts) {
		try (EstablishmentCsv csv = EstablishmentCsv.create(opsPath(out, night), HEADER)) {
			for (Path part : parts) {
				try (Reader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
						CSVParser rows = CSVFormat.DEFAULT.builder()
							.setDelimiter(';')
							.setHeader()
							.setSkipHeaderRecord(true)
							.get()
							.parse(reader)) {
					for (CSVRecord row : rows) {
						csv.row(row.get(0), row.get(1), row.get(2), row.get(3));
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException("cannot read " + part, e);
				}
			}
			csv.commit();
		}
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
