package fr.relance.cli;

/** One command of {@code ops/relance}. */
interface Command {

	/** The words that select it, e.g. {@code "nightly"} or {@code "samples generate"}. */
	String name();

	/** One line for the command list. */
	String summary();

	/** Full help, shown by {@code --help}. */
	String usage();

	ExitCode run(Arguments arguments, Console console) throws Exception;

}
