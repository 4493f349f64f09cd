package fr.relance.ingest.payments;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises an ISO 20022 bank-to-customer statement (camt.053, any version) by its
 * namespace.
 */
@Component
class Camt053Detector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		String text = head.text(StandardCharsets.UTF_8);
		if (text.stripLeading().startsWith("<") && text.contains(Camt053Reader.NAMESPACE_STEM)) {
			return Optional.of(Detection.accepted(Camt053Importer.KIND, null));
		}
		return Optional.empty();
	}

}
