package fr.relance.ingest.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of line a follow-up file carries, by the French word of its {@code evenement} column. */
enum FollowUpEvent {

	/** Staff reached the patient, or the patient called, wrote or came in. */
	CONTACT("contact"),
	/** The patient asked not to be called again. */
	CALL_REFUSAL("refus_appel"),
	/** An instalment plan was signed. */
	PLAN_SIGNED("echeancier"),
	/** An instalment plan was cancelled or replaced. */
	PLAN_ENDED("fin_echeancier"),
	/** The staff approved a write-off proposal; {@code reference} is the case number of the worklist. */
	WRITE_OFF_APPROVED("abandon_accepte");

	private final String word;

	FollowUpEvent(String word) {
		this.word = word;
	}

	String word() {
		return this.word;
	}

	static Optional<FollowUpEvent> of(String word) {
		String key = word.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((e) -> e.word.equals(key)).findFirst();
	}

	static String words() {
		return String.join(", ", Arrays.stream(values()).map(FollowUpEvent::word).toList());
	}

}
