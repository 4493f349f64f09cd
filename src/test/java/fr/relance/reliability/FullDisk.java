package fr.relance.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file system that fills, for a test: a small tmpfs mounted in a mount namespace of its
 * own ({@code unshare}), so that nothing outside the test's processes sees it and it goes
 * when they end. Root mounts in a new mount namespace; another user also needs a user
 * namespace ({@code unshare -r}), which some machines refuse: then the tests that need it
 * are skipped, saying why.
 */
final class FullDisk {

	/**
	 * @param fullStatus exit status of the night whose outputs filled the disk
	 * @param rerunStatus exit status of the same command once the disk had room again
	 * @param checkStatus exit status of {@code ops/relance check} after the rerun
	 */
	record Runs(int fullStatus, String fullConsole, int rerunStatus, String rerunConsole, int checkStatus) {
	}

	private FullDisk() {
	}

	/** Why a tmpfs cannot be mounted here, or null when it can. */
	static String unavailable(Path probe) throws IOException, InterruptedException {
		Files.createDirectories(probe);
		Path log = probe.resolveSibling(probe.getFileName() + ".txt");
		Process process = inNamespace("mount -t tmpfs -o size=1m relance-probe '" + probe + "'", log, Map.of());
		if (!process.waitFor(1, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return "unshare did not answer within a minute";
		}
		return process.exitValue() == 0 ? null : "cannot mount a tmpfs in a mount namespace here (unshare exit "
				+ process.exitValue() + ": " + Files.readString(log).strip() + ")";
	}

	/**
	 * Runs {@code script} with bash in a new mount namespace, its output in {@code log}.
	 */
	static Process inNamespace(String script, Path log, Map<String, String> environment) throws IOException {
		List<String> unshare = "root".equals(System.getProperty("user.name")) ? List.of("unshare", "-m")
				: List.of("unshare", "-r", "-m");
		List<String> command = new java.util.ArrayList<>(unshare);
		command.addAll(List.of("bash", "-c", script));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(environment);
		try {
			return builder.start();
		}
		catch (IOException e) {
			// no unshare on this machine: a process that failed, for the caller's status
			// check
			Files.writeString(log, "unshare cannot be started: " + e.getMessage());
			return new ProcessBuilder("false").start();
		}
	}

}
