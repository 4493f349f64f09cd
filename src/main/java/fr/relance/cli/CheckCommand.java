package fr.relance.cli;

import java.util.HashSet;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.support.db.IntegrityChecks;

/**
 * {@code check}: runs the integrity checks of {@code sql/checks/} on the database and
 * says which rule is broken.
 */
class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "check the database's integrity (the rules of sql/checks): nothing orphaned, sums that tie";
	}

	@Override
	public String usage() {
		return """
				usage: relance check [options]

				Runs every check of sql/checks (read-only): rows the dropped foreign keys guarded against, data of
				two establishments that meet, payments allocated beyond their amount, emitted actions without their
				batch. Prints each check with the rows that break it (at most 5 quoted, by id only).
				""" + EngineOptions.HELP + """

				exit status: 0 every check passed, 1 a check failed (or the database could not be read), 2 bad usage
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		arguments.checkOptions(new HashSet<>(EngineOptions.NAMES));
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			List<IntegrityChecks.Result> results = engine.getBean(IntegrityChecks.class).run();
			long failed = results.stream().filter(result -> !result.passed()).count();
			for (IntegrityChecks.Result result : results) {
				console.out()
					.println((result.passed() ? "ok      " : "FAILED  ") + result.name()
							+ (result.passed() ? "" : ": " + result.violations() + " rows, e.g. " + result.examples()));
				if (!result.passed()) {
					console.out().println("        " + result.rule());
				}
			}
			console.out().println(results.size() + " checks, " + failed + " failed");
			return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
		}
	}

}
