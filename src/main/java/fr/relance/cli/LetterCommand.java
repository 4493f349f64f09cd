package fr.relance.cli;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.output.letters.LetterLocator;

/** {@code letter --reference RL...}: where a sent letter is kept. */
class LetterCommand implements Command {

	@Override
	public String name() {
		return "letter";
	}

	@Override
	public String summary() {
		return "where a letter is: its print file and its archived PDF/A copy, by its reference";
	}

	@Override
	public String usage() {
		return """
				usage: relance letter --reference RL... [options]

				Prints whether the letter with this reference was sent, on which date, and where it is kept: the print
				file of its night and the PDF/A copy under <home>/archive/letters/<FINESS>/<year>/, with its pages.
				  --reference REF       the reference printed on the letter (RLyyyyMMdd-case-step)
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 failed, 2 bad usage or unknown reference
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.add("reference");
		arguments.checkOptions(known);
		String reference = arguments.option("reference")
			.orElseThrow(() -> new UsageException("--reference RL... is required"));
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			Optional<String> found = engine.getBean(LetterLocator.class).describe(reference);
			if (found.isEmpty()) {
				throw new UsageException("no letter has the reference " + reference);
			}
			console.out().print(found.get());
		}
		return ExitCode.OK;
	}

}
