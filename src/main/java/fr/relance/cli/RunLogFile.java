package fr.relance.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.relance.operations.RunLogs;

/**
 * Every engine run logs to its own file under {@code <home>/logs/} (all of it, INFO
 * included), while the console gets only warnings and errors, and the command's own short
 * summary: what cron mails. An explicit {@code logging.file.name} wins.
 */
final class RunLogFile {

	private RunLogFile() {
	}

	static Map<String, String> added(Map<String, String> properties) {
		Map<String, String> with = new LinkedHashMap<>(properties);
		with.putIfAbsent("logging.file.name", RunLogs.fileFor(HomePaths.home(properties), Instant.now()).toString());
		with.putIfAbsent("logging.threshold.console", "WARN");
		return with;
	}

}
