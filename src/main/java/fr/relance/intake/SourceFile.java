package fr.relance.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file seen in a drop zone and what became of it (table {@code source_file}).
 *
 * @param storedPath where the engine keeps it now: in the archive (accepted, duplicate)
 * or the quarantine
 */
public record SourceFile(long id, String finess, String kind, String originalName, String sha256, long sizeBytes,
		LocalDate runDate, String status, String pendingStatus, String reasonCode, String statusReason,
		Long duplicateOf, String storedPath, String errorReportPath) {

	public Path stored() {
		return Path.of(storedPath);
	}

	/**
	 * The stored file as text in {@code charset}, without the UTF-8 byte-order mark a
	 * spreadsheet may put first.
	 */
	public BufferedReader reader(Charset charset) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(stored()), charset));
		if (charset.equals(StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
		}
		return reader;
	}

}
