package fr.relance.cli;

import java.io.PrintStream;

/** Where a command talks to the person or the cron job that started it. */
record Console(PrintStream out, PrintStream err) {
}
