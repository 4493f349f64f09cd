package fr.relance.intake.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.establishment.Establishment;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.intake.Refusal;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.Finess;
import fr.relance.support.text.Printable;

/** Decides the fate of one dropped file from its fingerprint and its content. */
final class FileJudge {

	private static final Logger log = LoggerFactory.getLogger("fr.relance.security");

	private final List<FormatDetector> detectors;

	FileJudge(List<FormatDetector> detectors) {
		this.detectors = detectors;
	}

	Verdict judge(Establishment establishment, FileHead head, Optional<SourceFile> acceptedCopy) {
		if (head.size() == 0) {
			return Verdict.quarantined("unknown", Refusal.EMPTY);
		}
		if (acceptedCopy.isPresent()) {
			SourceFile copy = acceptedCopy.get();
			if (copy.finess().equals(establishment.finess())) {
				return Verdict.duplicate(copy.kind(), copy.id());
			}
			log.warn("SECURITY: a file dropped by {} has the same bytes as source file {} of another establishment;"
					+ " quarantined, not read", establishment.finess(), copy.id());
			return Verdict.quarantined(copy.kind(), Refusal.SAME_AS_OTHER_ESTABLISHMENT);
		}
		Optional<Refusal> packed = Packaging.refusal(head);
		if (packed.isPresent()) {
			return Verdict.quarantined("unknown", packed.get());
		}
		Optional<Detection> detected = detect(head, establishment);
		if (detected.isEmpty()) {
			return Verdict.quarantined("unknown", Refusal.UNKNOWN_FORMAT);
		}
		Detection detection = detected.get();
		if (detection.refusal().isPresent()) {
			return Verdict.quarantined(detection.kind(), detection.refusal().get());
		}
		Optional<String> named = detection.namedFiness().map(Finess::normalise);
		if (named.isPresent() && !named.get().equals(establishment.finess())) {
			log.warn("SECURITY: a {} file dropped by {} names establishment {}; quarantined, not read",
					detection.kind(), establishment.finess(), Printable.of(named.get()));
			return Verdict.quarantined(detection.kind(), Refusal.FOREIGN_FINESS);
		}
		return Verdict.received(detection.kind());
	}

	private Optional<Detection> detect(FileHead head, Establishment establishment) {
		for (FormatDetector detector : detectors) {
			Optional<Detection> detection = detector.detect(head, establishment);
			if (detection.isPresent()) {
				return detection;
			}
		}
		return Optional.empty();
	}

}
