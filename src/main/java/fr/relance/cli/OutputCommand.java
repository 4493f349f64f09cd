package fr.relance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.output.letters.LetterPreview;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.time.RunDates;

/**
 * {@code output --preview --date D [--establishment F] [--specimen]}: letters rendered,
 * nothing sent.
 */
class OutputCommand implements Command {

	@Override
	public String name() {
		return "output";
	}

	@Override
	public String summary() {
		return "preview the letters waiting to go out (or one specimen per template) without sending anything";
	}

	@Override
	public String usage() {
		return """
				usage: relance output --preview --date YYYY-MM-DD [--establishment FINESS] [--specimen] [options]

				Renders every letter planned and not yet emitted on that date into <out>/preview/<date>/<FINESS>-apercu.pdf,
				one file per establishment; nothing is emitted, registered or changed. With --specimen, one letter per
				template (jobs/letters/) built from a real case of the establishment and marked SPECIMEN, into
				<FINESS>-specimen.pdf: for an establishment to approve its templates before going live.
				  --preview             required: this command only previews
				  --date YYYY-MM-DD     the night whose waiting letters are rendered
				  --establishment F     only this establishment (default: every configured one)
				  --specimen            one marked specimen per template instead of every letter
				"""
				+ EngineOptions.HELP + """

						exit status: 0 done, 1 failed, 2 bad usage or unknown establishment
						""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.addAll(List.of("preview", "date", "establishment", "specimen"));
		arguments.checkOptions(known);
		if (arguments.option("preview").isEmpty()) {
			throw new UsageException("--preview is required: letters are sent by the nightly run only");
		}
		LocalDate date = RunDates
			.parse(arguments.option("date").orElseThrow(() -> new UsageException("--date YYYY-MM-DD is required")));
		boolean specimen = arguments.option("specimen").isPresent();
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			EstablishmentDirectory directory = engine.getBean(EstablishmentDirectory.class);
			List<Establishment> chosen = new ArrayList<>();
			if (arguments.option("establishment").isPresent()) {
				String finess = arguments.option("establishment").get();
				chosen.add(directory.find(finess)
					.orElseThrow(() -> new UsageException("no establishment " + finess + " is configured")));
			}
			else {
				chosen.addAll(directory.all());
			}
			Path folder = engine.getBean(RelanceProperties.class).out().resolve("preview").resolve(date.toString());
			LetterPreview preview = engine.getBean(LetterPreview.class);
			for (Establishment establishment : chosen) {
				LetterPreview.Preview done = preview.render(establishment, date, specimen, folder);
				console.out()
					.println(establishment.finess() + ": " + done.letters() + " letters"
							+ (done.file() == null ? "" : " in " + done.file().toAbsolutePath().normalize()));
				done.notRendered().forEach((n) -> console.out().println("  not rendered: " + n));
			}
		}
		return ExitCode.OK;
	}

}
