package fr.relance.intake;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file seen in a drop zone and what became of it (table {@code source_file}).
 *
 * @param storedPath where the engine keeps it now: in the archive (accepted, duplicate) or the quarantine
 */
public record SourceFile(long id, String finess, String kind, String originalName, String sha256, long sizeBytes,
		LocalDate runDate, String status, String pendingStatus, String reasonCode, String statusReason,
		Long duplicateOf, String storedPath, String errorReportPath) {

	public Path stored() {
		return Path.of(storedPath);
	}

}
