package fr.relance.intake;

/** What intake did with one establishment's {@code in/} folder. */
public record IntakeResult(int accepted, int duplicates, int quarantined, int waiting) {

	public static final IntakeResult NONE = new IntakeResult(0, 0, 0, 0);

	public IntakeResult plus(IntakeResult other) {
		return new IntakeResult(accepted + other.accepted, duplicates + other.duplicates,
				quarantined + other.quarantined, waiting + other.waiting);
	}

	public int taken() {
		return accepted + duplicates + quarantined;
	}

}
