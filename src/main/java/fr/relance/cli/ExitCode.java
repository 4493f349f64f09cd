package fr.relance.cli;

/**
 * Process exit statuses, documented in the README and relied on by cron and systemd
 * units.
 */
public enum ExitCode {

	/** The work completed and all input was accepted. */
	OK(0),
	/** The work failed; running the same command again resumes it. */
	FAILURE(1),
	/** The command line was wrong; nothing ran. */
	USAGE(2),
	/**
	 * The work completed, but some input (rows or files) was refused: see the error
	 * reports.
	 */
	INPUT_REFUSED(3);

	private final int status;

	ExitCode(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}

}
