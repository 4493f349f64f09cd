package fr.relance.ingest.amc;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises a mutuelle statement (kind {@code amc-statement}) by its header line: every
 * column of one statement profile must be there. Statements do not name the
 * establishment, so the folder decides.
 */
@Component
@Order(30)
class AmcStatementDetector implements FormatDetector {

	static final String KIND = "amc-statement";

	private final AmcProfiles profiles;

	AmcStatementDetector(AmcProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		try {
			return profiles.recognise(head.bytes()).map(p -> Detection.accepted(KIND, null));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

}
