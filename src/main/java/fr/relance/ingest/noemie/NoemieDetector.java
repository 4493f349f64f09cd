package fr.relance.ingest.noemie;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieOptions;
import fr.relance.formats.noemie.NoemieReader;
import fr.relance.formats.noemie.NoemieSniffer;

/**
 * Recognises a NOEMIE return from its content (kind {@code noemie}) and names the
 * establishment it is addressed to (header {@code 000}, addressee number 28-41), so that
 * intake quarantines a return sent to the wrong folder. A file small enough to sit whole
 * in the head is read completely here: a truncated or garbled return is refused at
 * intake; a larger one is refused by the importer.
 */
@Component
@Order(10)
class NoemieDetector implements FormatDetector {

	static final String KIND = "noemie";

	private final NoemieImportProperties properties;

	NoemieDetector(NoemieImportProperties properties) {
		this.properties = properties;
	}

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		byte[] bytes = head.bytes();
		if (!NoemieSniffer.looksLikeNoemie(bytes)) {
			return Optional.empty();
		}
		NoemieOptions options = properties.options(bytes);
		try {
			NoemieHeader header = NoemieSniffer.readHeader(bytes, options.datePattern());
			if (head.whole()) {
				new NoemieReader(options).read(new ByteArrayInputStream(bytes), event -> {
				});
			}
			return Optional.of(Detection.accepted(KIND, addressee(header.addresseeNumber())));
		}
		catch (NoemieFormatException e) {
			return Optional.of(Detection.refused(KIND, NoemieRefusals.of(e)));
		}
		catch (RuntimeException e) {
			// a detector must never throw: an unreadable head is simply not recognised
			return Optional.empty();
		}
	}

	/**
	 * The FINESS in a 14-character partner number: spaces removed, then the zeros that
	 * pad it beyond 9 characters; null when blank (intake then has nothing to compare).
	 */
	static String addressee(String number) {
		String s = number == null ? "" : number.strip();
		while (s.length() > 9 && s.charAt(0) == '0') {
			s = s.substring(1);
		}
		return s.isEmpty() ? null : s;
	}

}
