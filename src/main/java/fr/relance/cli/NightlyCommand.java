package fr.relance.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.ingest.HeldSnapshots;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.scheduling.RunDateGuard;
import fr.relance.scheduling.RunDateRefusedException;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.time.RunDates;

/** {@code nightly [--date YYYY-MM-DD]}: the whole pipeline for one business date. */
class NightlyCommand implements Command {

	@Override
	public String name() {
		return "nightly";
	}

	@Override
	public String summary() {
		return "run the whole pipeline (intake to reporting) for one business date";
	}

	@Override
	public String usage() {
		return """
				usage: relance nightly [--date YYYY-MM-DD] [options]

				Runs intake, ingest, reconcile, dunning, output and reporting for one business date (default: today in
				Europe/Paris), each establishment on its own, relance.night.parallelism of them at a time; then the
				closing (ops-wide files, consolidated reports, retention). A failed establishment stops only itself; a
				completed date is not run again, a failed one resumes only the establishments that did not complete.
				A date after today, or before the engine's first night, is refused.
				  --date YYYY-MM-DD     business date of the night
				  --allow-future-date   accept a date after today (tests only)
				  --create-folders      create the drop zone and the establishments folder when missing (a first
				                        install); without it a missing one is an error and nothing runs
				  --confirm-snapshot F  apply the held ledger snapshot F (file id or name, see the night's alerts)
				                        this night, whatever share of the open invoices it closes
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 failed: an establishment's night did not complete, each named with its cause
				             (run the same command to resume), 2 bad usage,
				             3 done but some input was refused (see the error reports)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.add("date");
		known.add("allow-future-date");
		known.add("create-folders");
		known.add("confirm-snapshot");
		arguments.checkOptions(known);
		LocalDate date = arguments.option("date").map(RunDates::parse).orElse(null);
		return runNight(EngineOptions.properties(arguments), date, arguments.flag("allow-future-date"),
				arguments.flag("create-folders"), console, arguments.option("confirm-snapshot").orElse(null));
	}

	static ExitCode runNight(Map<String, String> properties, LocalDate date, boolean allowFutureDate,
			boolean createFolders, Console console) throws Exception {
		return runNight(properties, date, allowFutureDate, createFolders, console, null);
	}

	/**
	 * Shared with the demo: starts the engine, checks the date, confirms a held snapshot
	 * if asked, runs the night, prints the summary, maps the exit status.
	 */
	static ExitCode runNight(Map<String, String> properties, LocalDate date, boolean allowFutureDate,
			boolean createFolders, Console console, String confirmSnapshot) throws Exception {
		try (ConfigurableApplicationContext engine = Engine.start(properties)) {
			LocalDate runDate = date != null ? date : LocalDate.now(engine.getBean(Clock.class));
			try {
				engine.getBean(RunDateGuard.class).check(runDate, allowFutureDate);
			}
			catch (RunDateRefusedException e) {
				throw new UsageException(e.getMessage());
			}
			if (!InputFolders.present(engine.getBean(RelanceProperties.class), createFolders, console)) {
				return ExitCode.FAILURE;
			}
			if (confirmSnapshot != null) {
				try {
					HeldSnapshots.Held held = engine.getBean(HeldSnapshots.class).confirm(confirmSnapshot);
					console.out()
						.println("Snapshot " + held.name() + " of " + held.finess() + " (file " + held.id()
								+ ") confirmed: this night applies it.");
				}
				catch (IllegalArgumentException e) {
					throw new UsageException(e.getMessage());
				}
			}
			NightOutcome outcome = engine.getBean(NightlyRunner.class).run(runDate);
			if (outcome.alreadyCompleted()) {
				console.out().println("Night " + runDate + " had already completed: nothing was run again.");
			}
			outcome.summary().print(console.out());
			console.out().println("Summary: " + outcome.summaryFile());
			console.out().println("Log: " + engine.getEnvironment().getProperty("logging.file.name"));
			if (!outcome.completed()) {
				outcome.failures().forEach((failure) -> console.err().println("relance: failed: " + failure));
				console.err()
					.println("The night did not complete. Run the same command again to resume it, once"
							+ " the cause above is dealt with.");
				return ExitCode.FAILURE;
			}
			return outcome.summary().refusedInput() ? ExitCode.INPUT_REFUSED : ExitCode.OK;
		}
	}

}
