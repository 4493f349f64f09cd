package fr.relance.ingest.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises the SMS gateway's STOP list by its header; it names no establishment (a STOP
 * answers its sender).
 */
@Component
class StopListDetector implements FormatDetector {

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		return ContactFiles.headed(head, ContactFiles.STOP_LIST, List.of("date_stop"))
				? Optional.of(Detection.accepted(StopListImporter.KIND, null)) : Optional.empty();
	}

}
