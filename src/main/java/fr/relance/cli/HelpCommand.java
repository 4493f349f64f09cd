package fr.relance.cli;

import java.util.List;

/** {@code help}: the list of commands. */
class HelpCommand implements Command {

	private final List<Command> commands;

	HelpCommand(List<Command> commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String summary() {
		return "this list; 'relance <command> --help' explains one command";
	}

	@Override
	public String usage() {
		StringBuilder text = new StringBuilder("usage: relance <command> [options]\n\ncommands:\n");
		for (Command command : commands) {
			text.append(String.format("  %-18s %s%n", command.name(), command.summary()));
		}
		return text.append(String.format("  %-18s %s%n", name(), summary())).toString();
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) {
		console.out().print(usage());
		return ExitCode.OK;
	}

}
