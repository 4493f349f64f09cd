package fr.relance.ingest.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.internal.FecFileImport;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises a FEC by its legal header (tab or "|" separated), whatever the file is
 * called.
 */
@Component
class FecDetector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		String first = head.text(StandardCharsets.ISO_8859_1)
			.replace("\uFEFF", "")
			.replace("ï»¿", "")
			.lines()
			.findFirst()
			.orElse("");
		List<String> columns = Arrays.stream(first.split("[\t|]")).map(String::strip).toList();
		if (columns.containsAll(FecFileImport.COLUMNS)) {
			return Optional.of(Detection.accepted(FecImporter.KIND, null));
		}
		return Optional.empty();
	}

}
