package fr.relance.intake.internal;

import java.util.Optional;

import fr.relance.intake.Refusal;

/** What intake decided for one file before moving it. */
record Verdict(String kind, String status, Optional<Refusal> refusal, Long duplicateOf) {

	static Verdict received(String kind) {
		return new Verdict(kind, "received", Optional.empty(), null);
	}

	static Verdict duplicate(String kind, long of) {
		return new Verdict(kind, "duplicate", Optional.empty(), of);
	}

	static Verdict quarantined(String kind, Refusal refusal) {
		return new Verdict(kind, "quarantined", Optional.of(refusal), null);
	}

	boolean quarantined() {
		return status.equals("quarantined");
	}

}
