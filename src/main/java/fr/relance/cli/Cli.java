package fr.relance.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.relance.support.config.ConfigException;
import fr.relance.support.db.EngineBusyException;
import fr.relance.support.failure.Failures;
import fr.relance.support.text.Printable;

/**
 * Parses the command line of {@code ops/relance}, runs the command and turns the outcome
 * into an exit status.
 */
public final class Cli {

	private final Console console;

	private final List<Command> commands = new ArrayList<>();

	/**
	 * A command line nobody can answer questions on (run in-process): a value it would
	 * ask for is missing.
	 */
	public Cli(PrintStream out, PrintStream err) {
		this(null, out, err);
	}

	/**
	 * A command line whose questions are answered on {@code in}, one line each (a
	 * terminal, or answers piped in).
	 */
	public Cli(InputStream in, PrintStream out, PrintStream err) {
		this.console = new Console(out, err,
				in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		commands.add(new NightlyCommand());
		commands.add(new DemoCommand());
		commands.add(new SamplesGenerateCommand());
		commands.add(new SftpServerCommand());
		commands.add(new ExplainCommand());
		commands.add(new ForgetNightCommand());
		commands.add(new CheckCommand());
		commands.add(new LetterCommand());
		commands.add(new OutputCommand());
		commands.add(new CatchUpCommand());
		commands.add(new StatusCommand(Clock.systemUTC()));
		commands.add(new QuarantineCommand(Clock.systemUTC()));
		commands.add(new EstablishmentCommand(Clock.systemUTC()));
		commands.add(new RetentionCommand());
		commands.add(new SchedulerCommand());
		commands.add(new HelpCommand(List.copyOf(commands)));
	}

	public int run(String[] args) {
		Command command = null;
		try {
			Arguments arguments = Arguments.parse(args);
			command = select(arguments.words());
			if (arguments.help()) {
				console.out().print(command.usage());
				return ExitCode.OK.status();
			}
			return command.run(arguments, console).status();
		}
		catch (UsageException | IllegalArgumentException e) {
			console.err().println("relance: " + Printable.of(e.getMessage()));
			console.err()
				.println(command != null ? command.usage().lines().findFirst().orElse("")
						: "run 'relance help' for the list of commands");
			return ExitCode.USAGE.status();
		}
		catch (EngineBusyException e) {
			console.err().println("relance: " + Printable.of(e.getMessage()));
			return ExitCode.FAILURE.status();
		}
		catch (Exception e) {
			ConfigException config = configProblem(e);
			if (config != null) {
				// a configuration file the engine cannot use is the operator's to fix:
				// nothing ran, like a bad usage
				console.err().println("relance: " + config.getMessage());
				return ExitCode.USAGE.status();
			}
			console.err()
				.println("relance: failed: " + Printable.of(Failures.explain(e).orElseGet(() -> rootMessage(e))));
			return ExitCode.FAILURE.status();
		}
	}

	private Command select(List<String> words) {
		if (words.isEmpty()) {
			return commands.get(commands.size() - 1);
		}
		String joined = String.join(" ", words);
		return commands.stream()
			.filter(c -> joined.equals(c.name()))
			.findFirst()
			.or(() -> commands.stream().filter(c -> c.takesOperands() && joined.startsWith(c.name() + " ")).findFirst())
			.orElseThrow(() -> new UsageException("unknown command '" + joined + "'"));
	}

	/**
	 * The configuration error at the root of a failed start (Spring wraps it in bean
	 * creation errors), or null.
	 */
	private static ConfigException configProblem(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConfigException config) {
				return config;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			if (t instanceof EngineBusyException) {
				break;
			}
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.toString();
	}

}
