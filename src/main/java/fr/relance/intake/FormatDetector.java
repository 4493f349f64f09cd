package fr.relance.intake;

import java.util.Optional;

import fr.relance.establishment.Establishment;

/**
 * Recognises one family of file formats from content. Each ingest package contributes its
 * detectors as beans; intake asks them in turn and quarantines a file none recognises.
 */
public interface FormatDetector {

	/**
	 * A detection when this detector recognises the content, else empty. Must not throw
	 * on any input.
	 */
	Optional<Detection> detect(FileHead head, Establishment establishment);

}
