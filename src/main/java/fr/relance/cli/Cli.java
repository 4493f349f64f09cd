package fr.relance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import fr.relance.support.db.EngineBusyException;

/** Parses the command line of {@code ops/relance}, runs the command and turns the outcome into an exit status. */
public final class Cli {

	private final Console console;

	private final List<Command> commands = new ArrayList<>();

	public Cli(PrintStream out, PrintStream err) {
		this.console = new Console(out, err);
		commands.add(new NightlyCommand());
		commands.add(new DemoCommand());
		commands.add(new SamplesGenerateCommand());
		commands.add(new SftpServerCommand());
		commands.add(new ExplainCommand());
		commands.add(new LetterCommand());
		commands.add(new OutputCommand());
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
			console.err().println("relance: " + e.getMessage());
			console.err().println(command != null ? command.usage().lines().findFirst().orElse("")
					: "run 'relance help' for the list of commands");
			return ExitCode.USAGE.status();
		}
		catch (EngineBusyException e) {
			console.err().println("relance: " + e.getMessage());
			return ExitCode.FAILURE.status();
		}
		catch (Exception e) {
			console.err().println("relance: failed: " + rootMessage(e));
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
			.orElseThrow(() -> new UsageException("unknown command '" + joined + "'"));
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
