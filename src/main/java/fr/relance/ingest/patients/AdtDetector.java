package fr.relance.ingest.patients;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises an HL7 v2 file by its first segment, MSH (one or several messages) or
 * FHS/BHS (a batch), after any MLLP start character, byte order mark or blank line. The
 * establishment is the one of the folder: an ADT message names its sending facility in
 * the system's own terms, not by FINESS, and a patient is only ever found among that
 * establishment's own.
 */
@Component
class AdtDetector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		String text = head.text(StandardCharsets.ISO_8859_1);
		int i = 0;
		while (i < text.length() && (text.charAt(i) == 0x0B || Character.isWhitespace(text.charAt(i))
				|| text.charAt(i) == '\u00EF' || text.charAt(i) == '\u00BB' || text.charAt(i) == '\u00BF')) {
			i++;
		}
		String start = text.substring(i);
		for (String segment : new String[] { "MSH", "FHS", "BHS" }) {
			// the field separator follows the segment name; MSH|^~\&
			if (start.length() > 4 && start.startsWith(segment) && !Character.isLetterOrDigit(start.charAt(3))
					&& start.charAt(3) > ' ') {
				return Optional.of(Detection.accepted(AdtImporter.KIND, null));
			}
		}
		return Optional.empty();
	}

}
