package fr.relance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import fr.relance.support.db.EmbeddedPostgresServer;
import fr.relance.support.text.Printable;
import fr.relance.support.time.RunDates;

/**
 * {@code demo}: a fresh engine home under {@code ./var/demo}, the sample drop tree copied
 * into its drop zone, one night for the samples' business date, then the list of
 * everything it wrote.
 */
class DemoCommand implements Command {

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "run one night on samples/ in a fresh home (./var/demo) and show the outputs";
	}

	@Override
	public String usage() {
		return """
				usage: relance demo [--home DIR] [--samples DIR]

				Wipes and recreates the demo home (default ./var/demo), copies <samples>/drop into its drop zone,
				runs the nightly pipeline for the samples' business date (<samples>/samples.properties) with the
				establishments of <samples>/establishments, then prints where every output is.
				  --home DIR      demo home (default ./var/demo); never point it at a real home
				  --samples DIR   sample tree (default: $RELANCE_SAMPLES, else ./samples)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		arguments.checkOptions(Set.of("home", "samples"));
		Path home = Path.of(arguments.option("home").orElse("var/demo"));
		Path samples = Path
			.of(arguments.option("samples").orElse(System.getenv().getOrDefault("RELANCE_SAMPLES", "samples")));
		if (!Files.isDirectory(samples.resolve("drop"))) {
			throw new UsageException("no sample drop tree at " + samples.resolve("drop").toAbsolutePath());
		}
		LocalDate runDate = businessDate(samples);
		freshHome(home);
		copyTree(samples.resolve("drop"), home.resolve("drop"));
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("relance.home", home.toString());
		properties.put("relance.establishments", samples.resolve("establishments").toString());
		properties.put("relance.embedded-db.fast", "true");
		// the sample files were copied a moment ago: they are complete, not uploads in
		// progress
		properties.put("relance.intake.settle-delay", "0s");
		properties.putAll(arguments.passThroughProperties());
		console.out().println("Demo home: " + home.toAbsolutePath() + ", business date " + runDate);
		// the samples' business date is fixed and the home is fresh: a date after today
		// harms nothing here
		ExitCode exit = NightlyCommand.runNight(properties, runDate, true, false, console);
		printOutputs(home, console);
		if (!properties.containsKey("spring.mail.host")) {
			// the demo has no mail server: say where e-mails go rather than let anyone
			// think they were sent
			console.out()
				.println("E-mails: no SMTP server configured (spring.mail.host), so none is sent; a night's"
						+ " e-mails are left as .eml files in out/<date>/email/<FINESS>/ (the pickup folder), with an alert.");
		}
		// The samples deliberately contain refused rows and files: that is what the demo
		// shows, not a failure.
		return exit == ExitCode.INPUT_REFUSED ? ExitCode.OK : exit;
	}

	private static LocalDate businessDate(Path samples) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(samples.resolve("samples.properties"))) {
			properties.load(in);
		}
		return RunDates.parse(properties.getProperty("run-date", "").strip());
	}

	private static void freshHome(Path home) throws IOException {
		if (Files.exists(home)) {
			// a previous demo killed midway may have left its database running on this
			// home
			EmbeddedPostgresServer.stopLeftover(home, home.resolve("pgdata"));
			// the unpacked database binaries are kept: they are the same for every demo
			Path binaries = home.resolve("postgres");
			try (Stream<Path> paths = Files.walk(home)) {
				for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
					if (!p.startsWith(binaries) && !p.equals(home)) {
						Files.delete(p);
					}
				}
			}
		}
		Files.createDirectories(home);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : paths.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

	private static void printOutputs(Path home, Console console) throws IOException {
		console.out().println();
		console.out().println("Outputs (under " + home.toAbsolutePath() + "):");
		try (Stream<Path> paths = Files.walk(home)) {
			paths.filter(Files::isRegularFile)
				.filter(p -> !p.startsWith(home.resolve("pgdata")) && !p.startsWith(home.resolve("postgres")))
				.filter(p -> !p.getFileName().toString().equals("engine.lock")
						&& !p.getFileName().toString().equals("db.secret"))
				.filter(p -> !p.startsWith(home.resolve("drop"))
						|| !p.getParent().getFileName().toString().equals("in"))
				.sorted()
				.forEach(p -> console.out().println("  " + Printable.of(home.relativize(p))));
		}
		LetterListing.print(home, console);
	}

}
