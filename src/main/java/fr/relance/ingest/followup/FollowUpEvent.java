package fr.relance.ingest.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of line a follow-up file carries, by the French word of its {@code evenement}
 * column.
 */
enum FollowUpEvent {

	/** Staff reached the patient, or the patient called, wrote or came in. */
	CONTACT("contact"),
	/** The patient asked not to be called again. */
	CALL_REFUSAL("refus_appel"),
	/** An instalment plan was signed. */
	PLAN_SIGNED("echeancier"),
	/** An instalment plan was cancelled or replaced. */
	PLAN_ENDED("fin_echeancier"),
	/** The patient promised to pay an amount by a date: dunning waits for it. */
	PROMISE("promesse"),
	/** An operator opened a dispute on the debt: everything waits until it is closed. */
	DISPUTE_OPENED("litige"),
	/** The operator's dispute is settled. */
	DISPUTE_CLOSED("fin_litige"),
	/** The number called or texted does not reach the patient. */
	WRONG_NUMBER("faux_numero"),
	/** An operator reached the patient (a contact made by the staff). */
	REACHED("joint"),
	/**
	 * The staff approved a write-off proposal; {@code reference} is the case number of
	 * the worklist.
	 */
	WRITE_OFF_APPROVED("abandon_accepte"),
	/**
	 * The staff refused a write-off proposal: dunning resumes, or a person takes the case
	 * when nothing is left.
	 */
	WRITE_OFF_REFUSED("abandon_refuse"),
	/**
	 * The staff handed the case to the third party of the hand-over dossier
	 * ({@code tiers}).
	 */
	HANDED_OVER("transmis_recouvrement"),
	/**
	 * The third party gave the case back, with what it recovered
	 * ({@code montant_recouvre}, possibly zero).
	 */
	HANDOVER_RETURNED("retour_recouvrement"),
	/**
	 * A case held for a person is released, with the corrected address or number when
	 * that was the cause.
	 */
	REVIEW_RELEASED("revue_levee");

	/**
	 * True for the answers to a worklist, which name a case number in {@code reference}.
	 */
	boolean answersWorklist() {
		return this == WRITE_OFF_APPROVED || this == WRITE_OFF_REFUSED || this == HANDED_OVER
				|| this == HANDOVER_RETURNED || this == REVIEW_RELEASED;
	}

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
