package fr.relance.formats.noemie;

import java.util.Optional;

/** Status of an AMO ({@code 198}) or AMC ({@code 199}) part of an invoice. */
public enum PartStatus {

	/** {@code P}: paid. */
	PAID('P'),
	/** {@code R}: rejected. */
	REJECTED('R'),
	/** {@code D}: deferred, neither paid nor rejected yet: the invoice stays open. */
	DEFERRED('D'),
	/** Blank: not handled by this payer. */
	NOT_HANDLED(' ');

	private final char code;

	PartStatus(char code) {
		this.code = code;
	}

	public char code() {
		return code;
	}

	/** The status written as {@code code}, if it is one. */
	public static Optional<PartStatus> ofCode(char code) {
		for (PartStatus status : values()) {
			if (status.code == code) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
