package fr.relance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Where a command talks to the person or the cron job that started it.
 *
 * @param in where answers to a question are read, one per line (a terminal, or answers
 * piped in); null when nobody can answer (a command run in-process)
 */
record Console(PrintStream out, PrintStream err, BufferedReader in) {

	Console(PrintStream out, PrintStream err) {
		this(out, err, null);
	}

	/**
	 * Asks a question: the prompt goes to {@code err} (the output stays what the command
	 * prints), the answer is the next line of {@code in}.
	 * @return the answer, or null at the end of the input or when there is none
	 */
	String ask(String prompt) {
		if (this.in == null) {
			return null;
		}
		this.err.print(prompt + ": ");
		this.err.flush();
		try {
			return this.in.readLine();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the answer to '" + prompt + "'", e);
		}
	}

}
