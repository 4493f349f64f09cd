package fr.relance.ingest.followup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.support.ids.Finess;

/**
 * Recognises a follow-up file by its header; the FINESS of its first line is the
 * establishment it names, so intake quarantines a file dropped in another establishment's
 * folder.
 */
@Component
class FollowUpDetector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		List<String> lines = head.text(StandardCharsets.UTF_8).replace("\uFEFF", "").lines().limit(2).toList();
		if (lines.isEmpty() || !FollowUpLineReader.recognises(cells(lines.get(0)))) {
			return Optional.empty();
		}
		String named = lines.size() > 1 ? Finess.normalise(lines.get(1).split(";", -1)[0]) : null;
		return Optional.of(Detection.accepted(FollowUpImporter.KIND, named == null || named.isEmpty() ? null : named));
	}

	private static List<String> cells(String header) {
		String trimmed = header.strip();
		while (trimmed.endsWith(";")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return Arrays.stream(trimmed.split(";", -1)).map((c) -> c.strip().toLowerCase(Locale.ROOT)).toList();
	}

}
