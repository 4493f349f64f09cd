package fr.relance.reconcile;

import java.util.Locale;
import java.util.Optional;

/**
 * What reconciliation does with a payer part rejected under a code
 * ({@code jobs/reject-codes.yml}).
 */
public enum RejectRule {

	/**
	 * Re-bill the payer after correction: the part stays owed by the payer and is never
	 * dunned.
	 */
	REBILL,
	/** The payer will not pay: the part is transferred to the patient. */
	TRANSFER,
	/** Information only (a signal on a paid invoice, a warning): nothing to do. */
	INFO;

	/**
	 * The rule written in lower case in the file ({@code rebill}, {@code transfer},
	 * {@code info}).
	 */
	public static Optional<RejectRule> ofWord(String word) {
		if (word == null) {
			return Optional.empty();
		}
		for (RejectRule rule : values()) {
			if (rule.name().toLowerCase(Locale.ROOT).equals(word.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

}
