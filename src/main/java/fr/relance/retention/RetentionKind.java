package fr.relance.retention;

/** What a retention rule applies to. The figure names are those of the run summary. */
public enum RetentionKind {

	/**
	 * Files accepted by intake, as received: {@code <drop>/.archive/<FINESS>/<date>/}.
	 */
	ARCHIVE("archiveFiles"),
	/**
	 * Refused files and their reason files, released traces included:
	 * {@code <drop>/.quarantine/<FINESS>/}.
	 */
	QUARANTINE("quarantineFiles"),
	/**
	 * What the engine wrote for an establishment: {@code <drop>/<FINESS>/out/<date>-*}.
	 */
	REPORTS("reportFiles"),
	/**
	 * What a night wrote for ops under {@code <out>/<date>/} (decisions, calibration,
	 * letters and SMS batches as the output stage writes them), except its
	 * {@code run-summary.json}, which holds no patient data and keeps the night's record.
	 */
	OUTPUTS("outputFiles");

	private final String figure;

	RetentionKind(String figure) {
		this.figure = figure;
	}

	public String figure() {
		return figure;
	}

}
