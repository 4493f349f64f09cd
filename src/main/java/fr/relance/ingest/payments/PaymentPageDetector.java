package fr.relance.ingest.payments;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;

/**
 * Recognises a payment-page export by a header naming every column of one of the
 * payment-page profiles.
 */
@Component
class PaymentPageDetector implements FormatDetector {

	private final PaymentPageProfiles profiles;

	PaymentPageDetector(PaymentPageProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		String first = head.text(StandardCharsets.UTF_8).lines().findFirst().orElse("");
		return profiles.matching(first).map(p -> Detection.accepted(PaymentPageImporter.KIND, null));
	}

}
