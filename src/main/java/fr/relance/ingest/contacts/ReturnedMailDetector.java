package fr.relance.ingest.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises a returned-mail file by its header. It names no establishment: each
 * reference is checked against the establishment's own letters while the file is
 * imported.
 */
@Component
class ReturnedMailDetector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		return ContactFiles.headed(head, ContactFiles.RETURNED_MAIL, List.of("motif"))
				? Optional.of(Detection.accepted(ReturnedMailImporter.KIND, null)) : Optional.empty();
	}

}
