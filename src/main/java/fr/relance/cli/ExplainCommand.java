package fr.relance.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.dunning.stage.DecisionExplainer;

/**
 * {@code explain --establishment F --patient P}: why a patient got (or did not get) each
 * reminder, night by night.
 */
class ExplainCommand implements Command {

	@Override
	public String name() {
		return "explain";
	}

	@Override
	public String summary() {
		return "explain, night by night, what the dunning decided for one patient and why";
	}

	@Override
	public String usage() {
		return """
				usage: relance explain --establishment FINESS --patient ID [options]

				Prints, for each dunning case of the patient, the actions planned (and whether they were emitted or
				suppressed, and why), then every nightly decision: its outcome, the scenario version, every reason
				(gates passed or failed) and the value arithmetic of each step judged. Reads the stored decisions
				only: nothing is decided again.
				  --establishment FINESS  the establishment's FINESS
				  --patient ID            the patient's identifier at the establishment (IPP, as in its ledger)
				  --night YYYY-MM-DD      only the decision in force that night (recorded then, or unchanged since an
				                          earlier night), after the patient's actions
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 failed, 2 bad usage or unknown patient
				""";
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new UsageException("--night must be a date YYYY-MM-DD, got " + text);
		}
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.add("establishment");
		known.add("patient");
		known.add("night");
		arguments.checkOptions(known);
		String finess = arguments.option("establishment")
			.orElseThrow(() -> new UsageException("--establishment FINESS is required"));
		String patient = arguments.option("patient").orElseThrow(() -> new UsageException("--patient ID is required"));
		LocalDate night = arguments.option("night").map(ExplainCommand::date).orElse(null);
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			DecisionExplainer explainer = engine.getBean(DecisionExplainer.class);
			console.out()
				.print(night == null ? explainer.explain(finess, patient) : explainer.explain(finess, patient, night));
		}
		return ExitCode.OK;
	}

}
