package fr.relance.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One batch file of an establishment's night, as registered in {@code output_batch}: a
 * print file of up to a fixed number of letters, an SMS file... Its final name is a
 * function of the establishment, kind, night and sequence, so a rerun writes the same
 * file at the same place.
 *
 * @param kind {@code output_batch.kind}
 * @param sequence 1 for the first part of the night, then 2...
 * @param file final path of the batch file (printer side)
 * @param copies where identical copies are kept (the archive), empty for none
 */
public record BatchPart(String finess, BatchKind kind, LocalDate night, int sequence, Path file, List<Path> copies) {

	public BatchPart {
		copies = List.copyOf(copies);
	}

}
