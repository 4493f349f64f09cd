package fr.relance.ingest.b2;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.formats.fixedwidth.Envelope;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.formats.b2.B2FormatException;
import fr.relance.formats.b2.B2Header;
import fr.relance.formats.b2.B2Reader;
import fr.relance.formats.b2.B2Sniffer;

/**
 * Recognises a B2 invoice file from its content (kind {@code b2}) and names the
 * establishment that sent it: the partner number of the first lot (positions 2-10 of
 * record {@code 1}), else the sender of the {@code 000} header. A file small enough to
 * sit whole in the head is read completely here, so a truncated or inconsistent file is
 * refused at intake; a larger one is refused by the importer.
 */
@Component
@Order(11)
class B2Detector implements FormatDetector {

	static final String KIND = "b2";

	private final B2ImportProperties properties;

	B2Detector(B2ImportProperties properties) {
		this.properties = properties;
	}

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		byte[] bytes = head.bytes();
		if (!B2Sniffer.looksLikeB2(bytes)) {
			return Optional.empty();
		}
		try {
			B2Header header = B2Sniffer.readHeader(bytes);
			if (head.whole()) {
				new B2Reader(properties.options()).read(new ByteArrayInputStream(bytes), event -> {
				});
			}
			String partner = finess(
					new String(bytes, Envelope.secondRecordStart(bytes) + 1, 9, StandardCharsets.ISO_8859_1));
			return Optional.of(Detection.accepted(KIND, partner != null ? partner : finess(header.senderNumber())));
		}
		catch (B2FormatException e) {
			return Optional.of(Detection.refused(KIND, B2Refusals.of(e)));
		}
		catch (RuntimeException e) {
			// a detector must never throw: an unreadable head is simply not recognised
			return Optional.empty();
		}
	}

	/**
	 * A FINESS from a partner number: spaces removed, then the zeros padding it beyond 9
	 * characters.
	 */
	static String finess(String number) {
		String s = number == null ? "" : number.strip();
		while (s.length() > 9 && s.charAt(0) == '0') {
			s = s.substring(1);
		}
		return s.isEmpty() ? null : s;
	}

}
