package fr.relance.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.relance.support.batch.FileLine;
import fr.relance.support.batch.StageLine;

/**
 * The intake stage's figures in the run summary. A file refused at import was accepted by
 * intake but ends in the quarantine all the same, so the summary restates intake from the
 * file registry once the night is over: its quarantined count is the number of
 * quarantined files the summary lists, whichever stage refused them.
 */
public final class IntakeFigures {

	static final String ACCEPTED = "filesAccepted";

	static final String DUPLICATES = "duplicates";

	static final String QUARANTINED = "quarantined";

	static final String REFUSED_AT_IMPORT = "refusedAtImport";

	static final String WAITING = "waiting";

	static final String PULL_FAILURES = "remotePullFailures";

	/** Files their establishment deleted while intake was taking them (skipped). */
	static final String VANISHED = "removedDuringIntake";

	/**
	 * Entries of {@code in/} left there and listed: hidden files, folders, special files,
	 * abandoned uploads.
	 */
	static final String IGNORED = "ignored";

	private static final String ESTABLISHMENTS = "establishments";

	private IntakeFigures() {
	}

	/**
	 * The intake line with its counts taken from {@code files}, the night's registry as
	 * the summary lists it.
	 */
	public static StageLine restate(StageLine intake, List<FileLine> files, int establishments) {
		if ("NOT_RUN".equals(intake.status())) {
			return intake;
		}
		long quarantined = files.stream().filter(f -> "quarantined".equals(f.status())).count();
		long duplicates = files.stream().filter(f -> "duplicate".equals(f.status())).count();
		long accepted = files.size() - quarantined - duplicates;
		long atIntake = intake.figures().getOrDefault(QUARANTINED, 0L);
		long atImport = Math.max(0, quarantined - atIntake);
		long waiting = intake.figures().getOrDefault(WAITING, 0L);
		long pullFailures = intake.figures().getOrDefault(PULL_FAILURES, 0L);
		long vanished = intake.figures().getOrDefault(VANISHED, 0L);
		long ignored = intake.figures().getOrDefault(IGNORED, 0L);
		Map<String, Long> figures = new LinkedHashMap<>(intake.figures());
		figures.put(ACCEPTED, accepted);
		figures.put(DUPLICATES, duplicates);
		figures.put(QUARANTINED, quarantined);
		figures.put(REFUSED_AT_IMPORT, atImport);
		figures.put(ESTABLISHMENTS, (long) establishments);
		return intake.restated(files.size(), accepted, quarantined, note(establishments, accepted, duplicates,
				quarantined, atImport, waiting, pullFailures, vanished, ignored), figures);
	}

	static String note(int establishments, long accepted, long duplicates, long quarantined, long atImport,
			long waiting, long pullFailures, long vanished, long ignored) {
		return String.format(Locale.ROOT,
				"%d establishments: %d files accepted, %d duplicates, %d quarantined%s," + " %d waiting%s%s%s",
				establishments, accepted, duplicates, quarantined,
				atImport == 0 ? "" : " (" + atImport + " refused at import)", waiting,
				vanished == 0 ? "" : ", " + vanished + " removed by their establishment during intake",
				ignored == 0 ? "" : ", " + ignored + " ignored",
				pullFailures == 0 ? "" : ", " + pullFailures + " remote pulls failed");
	}

}
