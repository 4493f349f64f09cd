package fr.relance.cli;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.scheduling.WrongNightRemoval;
import fr.relance.support.time.RunDates;

/**
 * {@code forget-night --date D}: removes a night run by mistake, so that the real nights
 * before it can run.
 */
class ForgetNightCommand implements Command {

	@Override
	public String name() {
		return "forget-night";
	}

	@Override
	public String summary() {
		return "remove a night run with a wrong date (its dunning decisions), so the real nights before it can run";
	}

	@Override
	public String usage() {
		return """
				usage: relance forget-night --date YYYY-MM-DD [options]

				For a night run with a wrong --date: erases its dunning decisions, planned actions and calibration
				(actions it suppressed are planned again, cases it closed are open again, cases it opened are gone)
				and removes it from the job history. The files it imported stay imported. Refused when a later night
				was decided after it, or when one of its actions was already emitted.
				  --date YYYY-MM-DD     the wrong night
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 failed or refused, 2 bad usage
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.add("date");
		arguments.checkOptions(known);
		LocalDate night = RunDates.parse(arguments.option("date")
			.orElseThrow(() -> new UsageException("--date YYYY-MM-DD is required: the night to forget")));
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			int establishments = engine.getBean(WrongNightRemoval.class).remove(night);
			console.out()
				.println("Night " + night + " forgotten: dunning decisions of " + establishments
						+ " establishments erased, the night removed from the job history. The nights before it can run"
						+ " again.");
		}
		return ExitCode.OK;
	}

}
