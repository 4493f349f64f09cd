package fr.relance.operations;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file in {@code <drop>/.quarantine/<FINESS>/}, with what its {@code .reason.txt} says.
 *
 * @param id how ops name it to release it: {@code <FINESS>/<stored name>}
 * @param originalName the name it was dropped under
 * @param reasonCode e.g. {@code UNKNOWN_FORMAT}; {@code FOREIGN_FINESS} and
 * {@code HELD_FOR_REVIEW} concern another establishment
 * @param reason the explanation the establishment read
 * @param since when it was quarantined
 */
public record QuarantinedFile(String id, String finess, Path stored, String originalName, String reasonCode,
		String reason, Instant since) {

	/**
	 * Quarantined because its content concerns another establishment: never released
	 * without a stated reason.
	 */
	public boolean concernsAnotherEstablishment() {
		return "FOREIGN_FINESS".equals(reasonCode) || "HELD_FOR_REVIEW".equals(reasonCode);
	}

}
