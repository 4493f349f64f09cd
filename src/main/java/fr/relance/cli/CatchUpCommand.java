package fr.relance.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.scheduling.MissedNights;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.scheduling.RunDateGuard;
import fr.relance.scheduling.RunDateRefusedException;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.time.RunDates;

/**
 * {@code catch-up}: every night missed since the last completed one (the server was down,
 * cron did not run), oldest first, in one engine start. It stops at the first night that
 * fails: the nights after it would be decided before it.
 */
class CatchUpCommand implements Command {

	/**
	 * More missed nights than this is more likely a wrong date than a long outage: said,
	 * and nothing runs.
	 */
	private static final int DEFAULT_MAX_NIGHTS = 31;

	@Override
	public String name() {
		return "catch-up";
	}

	@Override
	public String summary() {
		return "run every night missed since the last completed one, oldest first";
	}

	@Override
	public String usage() {
		return """
				usage: relance catch-up [--until YYYY-MM-DD] [--from YYYY-MM-DD] [--max-nights N] [options]

				Runs, oldest first, every night after the last completed one up to --until (default today in
				Europe/Paris); a night that failed is resumed. The first night it runs takes every file waiting in the
				establishments' in/ folders (within relance.intake.max-files-per-night); the nights after it find
				nothing new unless files arrive meanwhile. It stops at the first night that does not complete: fix the
				cause and run catch-up again. A night older than one already completed or decided is refused.
				  --until YYYY-MM-DD    last night to run (default today)
				  --from YYYY-MM-DD     first night to run: required on a database where no night has completed;
				                        otherwise it may only be later than the last completed night (a gap)
				  --max-nights N        refuse to run more than N nights (default 31): a longer list is more likely a
				                        wrong date than a long outage
				  --allow-future-date   accept --until after today (tests only)
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 a night failed (the ones before it completed), 2 bad usage (nothing ran),
				             3 done but some input was refused (see the error reports)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.addAll(Set.of("until", "from", "max-nights", "allow-future-date"));
		arguments.checkOptions(known);
		if (arguments.words().size() > 1) {
			throw new UsageException("catch-up takes no operand, got '" + arguments.words().get(1) + "'");
		}
		Optional<LocalDate> until = arguments.option("until").map(RunDates::parse);
		Optional<LocalDate> from = arguments.option("from").map(RunDates::parse);
		int maxNights = maxNights(arguments.option("max-nights").orElse(String.valueOf(DEFAULT_MAX_NIGHTS)));
		boolean allowFuture = arguments.flag("allow-future-date");
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			LocalDate last = until.orElseGet(() -> LocalDate.now(engine.getBean(Clock.class)));
			List<LocalDate> nights = nights(engine, from, last, allowFuture);
			if (nights.isEmpty()) {
				console.out().println("Nothing to catch up: every night up to " + last + " has completed.");
				return ExitCode.OK;
			}
			if (nights.size() > maxNights) {
				throw new UsageException(nights.size() + " nights to catch up (" + nights.get(0) + " to " + last
						+ "), more than --max-nights " + maxNights + ": check the dates, or give --max-nights "
						+ nights.size());
			}
			if (!InputFolders.present(engine.getBean(RelanceProperties.class), false, console)) {
				return ExitCode.FAILURE;
			}
			console.out().println("Catching up " + nights.size() + " night(s): " + nights.get(0) + " to " + last);
			ExitCode exit = runAll(engine.getBean(NightlyRunner.class), nights, console);
			console.out().println("Log: " + engine.getEnvironment().getProperty("logging.file.name"));
			return exit;
		}
	}

	private static List<LocalDate> nights(ConfigurableApplicationContext engine, Optional<LocalDate> from,
			LocalDate last, boolean allowFuture) {
		try {
			RunDateGuard guard = engine.getBean(RunDateGuard.class);
			guard.check(last, allowFuture);
			from.ifPresent(first -> guard.check(first, allowFuture));
			return engine.getBean(MissedNights.class).between(from, last);
		}
		catch (RunDateRefusedException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static ExitCode runAll(NightlyRunner runner, List<LocalDate> nights, Console console) throws Exception {
		boolean refusedInput = false;
		for (LocalDate night : nights) {
			NightOutcome outcome = runner.run(night);
			outcome.summary().print(console.out());
			if (!outcome.completed()) {
				outcome.failures().forEach(failure -> console.err().println("relance: failed: " + failure));
				console.err()
					.println("Night " + night + " did not complete: catch-up stopped before the nights after"
							+ " it. Run 'relance catch-up' again once the cause above is dealt with.");
				return ExitCode.FAILURE;
			}
			refusedInput |= outcome.summary().refusedInput();
		}
		console.out()
			.println("Caught up: " + nights.size() + " night(s) completed, " + nights.get(0) + " to "
					+ nights.get(nights.size() - 1) + ".");
		return refusedInput ? ExitCode.INPUT_REFUSED : ExitCode.OK;
	}

	private static int maxNights(String text) {
		try {
			int n = Integer.parseInt(text);
			if (n >= 1) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("--max-nights must be a whole number of at least 1, got '" + text + "'");
	}

}
