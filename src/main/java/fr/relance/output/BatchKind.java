package fr.relance.output;

import java.util.Locale;

/** The kinds of batch file the output stage registers ({@code output_batch.kind}). */
public enum BatchKind {

	/** Simple letters, printed and posted as ordinary mail. */
	LETTERS,
	/**
	 * Registered letters with acknowledgment (the formal notice), printed in their own
	 * batch.
	 */
	REGISTERED_LETTERS,
	/** An SMS gateway's bulk upload file. */
	SMS,
	/** The operators' call list. */
	CALLS,
	/** The manifest of a night's e-mails, their message files beside it. */
	EMAIL,
	/** Hand-over dossiers: one PDF per case handed to a third party, and their index. */
	HANDOVER,
	/** The staff's worklist of write-off proposals. */
	WRITE_OFF;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
