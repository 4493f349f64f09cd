package fr.relance.cli;

/** One command of {@code ops/relance}. */
interface Command {

	/** The words that select it, e.g. {@code "nightly"} or {@code "samples generate"}. */
	String name();

	/** One line for the command list. */
	String summary();

	/** Full help, shown by {@code --help}. */
	String usage();

	/**
	 * Whether words may follow its name (e.g. {@code quarantine release FILE}); they
	 * reach it in {@link Arguments#words()}. Other commands are selected by their exact
	 * words only.
	 */
	default boolean takesOperands() {
		return false;
	}

	ExitCode run(Arguments arguments, Console console) throws Exception;

}
