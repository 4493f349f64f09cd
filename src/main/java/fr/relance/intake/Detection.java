package fr.relance.intake;

import java.util.Optional;

/**
 * What a detector recognised in a file.
 *
 * @param kind the file kind the ingest stage dispatches on ({@code ledger},
 * {@code noemie}, {@code b2}...)
 * @param namedFiness the establishment the content names, when the format carries one
 * (checked against the folder)
 * @param refusal a reason to quarantine the file although its kind is known (truncated,
 * unreadable encoding...)
 */
public record Detection(String kind, Optional<String> namedFiness, Optional<Refusal> refusal) {

	public static Detection accepted(String kind, String namedFiness) {
		return new Detection(kind, Optional.ofNullable(namedFiness), Optional.empty());
	}

	public static Detection refused(String kind, Refusal refusal) {
		return new Detection(kind, Optional.empty(), Optional.of(refusal));
	}

}
