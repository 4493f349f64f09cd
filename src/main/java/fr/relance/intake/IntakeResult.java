package fr.relance.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * What intake did with one establishment's {@code in/} folder.
 *
 * @param pullFailures remote pulls that could not complete (the night goes on with what
 * is in {@code in/})
 * @param vanished files their establishment deleted from {@code in/} while intake was
 * taking them (skipped)
 * @param ignored entries of {@code in/} neither taken nor waiting, each with its reason
 */
public record IntakeResult(int accepted, int duplicates, int quarantined, int waiting, int pullFailures, int vanished,
		List<IgnoredFile> ignored) {

	public static final IntakeResult NONE = new IntakeResult(0, 0, 0, 0, 0, 0, List.of());

	public IntakeResult {
		ignored = List.copyOf(ignored);
	}

	public IntakeResult(int accepted, int duplicates, int quarantined, int waiting) {
		this(accepted, duplicates, quarantined, waiting, 0, 0, List.of());
	}

	public static IntakeResult pullFailed() {
		return new IntakeResult(0, 0, 0, 0, 1, 0, List.of());
	}

	public static IntakeResult vanishedFile() {
		return new IntakeResult(0, 0, 0, 0, 0, 1, List.of());
	}

	public static IntakeResult ignoring(List<IgnoredFile> ignored) {
		return new IntakeResult(0, 0, 0, 0, 0, 0, ignored);
	}

	public IntakeResult plus(IntakeResult other) {
		List<IgnoredFile> both = new ArrayList<>(ignored);
		both.addAll(other.ignored);
		return new IntakeResult(accepted + other.accepted, duplicates + other.duplicates,
				quarantined + other.quarantined, waiting + other.waiting, pullFailures + other.pullFailures,
				vanished + other.vanished, both);
	}

	public int taken() {
		return accepted + duplicates + quarantined;
	}

}
