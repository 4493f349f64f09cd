package fr.relance.intake;

/**
 * What intake did with one establishment's {@code in/} folder.
 *
 * @param pullFailures remote pulls that could not complete (the night goes on with what is in {@code in/})
 */
public record IntakeResult(int accepted, int duplicates, int quarantined, int waiting, int pullFailures) {

	public static final IntakeResult NONE = new IntakeResult(0, 0, 0, 0, 0);

	public IntakeResult(int accepted, int duplicates, int quarantined, int waiting) {
		this(accepted, duplicates, quarantined, waiting, 0);
	}

	public IntakeResult plus(IntakeResult other) {
		return new IntakeResult(accepted + other.accepted, duplicates + other.duplicates,
				quarantined + other.quarantined, waiting + other.waiting, pullFailures + other.pullFailures);
	}

	public int taken() {
		return accepted + duplicates + quarantined;
	}

}
