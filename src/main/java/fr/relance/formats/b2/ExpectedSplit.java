package fr.relance.formats.b2;

/**
 * Who should pay what for one invoice, in cents, from its end-of-invoice record {@code 5}
 * (docs/formats.md#b2-split). For CP: AMO = 50-57 + 66-73, AMC = 82-89 + 90-97, patient
 * share before AMC = 74-81, total = 115-122 + 58-65.
 */
public record ExpectedSplit(long amoCents, long amcCents, long patientBeforeAmcCents, long totalCents) {

	/**
	 * Reste à charge: patient share before AMC minus AMC, never below 0 (an inference,
	 * docs/formats.md#b2-split).
	 */
	public long patientAfterAmcCents() {
		return Math.max(0, patientBeforeAmcCents - amcCents);
	}

}
