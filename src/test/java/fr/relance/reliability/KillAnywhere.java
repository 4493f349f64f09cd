package fr.relance.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import fr.relance.TestFiles;
import fr.relance.ReadableText;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * Runs a night of a generated world in a separate engine process
 * ({@code ops/relance nightly}), optionally killing it with SIGKILL after a given time
 * and running the same command again until the night completes, then reads what the night
 * left (after {@code ops/relance check} has run on it): the database through business
 * keys ({@code business-view.sql}) and every file it kept or wrote, by checksum. Two runs
 * of the same world must leave the same state whatever the kills.
 */
final class KillAnywhere {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	/** Nights completed with refused files exit 3; both are a completed night. */
	private static final List<Integer> COMPLETED = List.of(0, 3);

	private final Path world;

	private final Path binaries;

	KillAnywhere(Path world, Path binaries) {
		this.world = world;
		this.binaries = binaries;
	}

	/**
	 * A world of {@code establishments} of {@code invoices} each, with returns, payments
	 * and follow-up files.
	 */
	static void generate(Path world, int establishments, int invoices, long seed) throws IOException {
		new SampleWorldGenerator()
			.generate(new GenerationOptions(establishments, invoices, seed, NIGHT, world).withReturns(true));
	}

	/**
	 * Where to kill a night: {@code delay} after the engine logs that {@code stage}
	 * started (from the process start when {@code stage} is null).
	 */
	record KillPoint(String stage, Duration delay) {

		@Override
		public String toString() {
			return (stage == null ? "start" : stage) + "+" + delay.toMillis() + "ms";
		}

	}

	/**
	 * Copies the world's drop zone into {@code run}, runs the night there, killed at
	 * {@code kill} when not null, then again until it completes.
	 */
	Outcome night(Path run, KillPoint kill) throws IOException, InterruptedException {
		TestFiles.copyTree(world.resolve("drop"), run.resolve("drop"));
		int runs = 0;
		String killedAt = "not killed";
		if (kill != null) {
			Process killed = start(run);
			runs++;
			boolean reached = kill.stage() == null || awaitLine(run, killed, kill.stage() + " started");
			if (reached && !killed.waitFor(kill.delay().toMillis(), TimeUnit.MILLISECONDS)) {
				killed.destroyForcibly().waitFor();
				killedAt = lastLogLine(run);
			}
			else {
				killed.waitFor();
				killedAt = "ended before the kill";
			}
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			Process process = start(run);
			runs++;
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("the night did not end within 10 minutes");
			}
			if (COMPLETED.contains(process.exitValue())) {
				return new Outcome(runs, killedAt, integrityCheck(run));
			}
		}
		throw new IllegalStateException("the night did not complete in 3 runs after the kill: see "
				+ run.resolve("home/out/" + NIGHT + "/console.txt"));
	}

	/**
	 * @param runs engine processes started, the killed one included
	 * @param killedAt the last line the killed process printed (where the night was), or
	 * why there was no kill
	 * @param checkStatus exit status of {@code ops/relance check} after the night
	 * completed (0: every rule holds)
	 */
	record Outcome(int runs, String killedAt, int checkStatus) {
	}

	/**
	 * Runs the integrity check ({@code sql/checks/}) on the run's database; its exit
	 * status.
	 */
	private int integrityCheck(Path run) throws IOException, InterruptedException {
		Process check = engine(run, "check", "--home", run.resolve("home").toString());
		if (!check.waitFor(5, TimeUnit.MINUTES)) {
			check.destroyForcibly();
			return -1;
		}
		return check.exitValue();
	}

	/**
	 * Waits until the engine logs a line ending with {@code text} in this run's log;
	 * false when it ended first.
	 */
	private static boolean awaitLine(Path run, Process process, String text) throws IOException, InterruptedException {
		while (process.isAlive()) {
			if (runLog(run).stream().anyMatch(l -> l.endsWith(text))) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	/**
	 * The lines of the newest run log of the home ({@code <home>/logs/relance-*.log}),
	 * none before it exists.
	 */
	private static List<String> runLog(Path run) throws IOException {
		Path logs = run.resolve("home/logs");
		if (!Files.isDirectory(logs)) {
			return List.of();
		}
		Path newest;
		try (Stream<Path> files = Files.list(logs)) {
			newest = files.filter(f -> f.getFileName().toString().endsWith(".log"))
				.max(java.util.Comparator.comparing(f -> f.toFile().lastModified()))
				.orElse(null);
		}
		return newest == null ? List.of() : Files.readAllLines(newest);
	}

	/**
	 * Seconds each stage of the night took, from the stage lines of an uninterrupted
	 * night's run log ("ingest COMPLETED read=... 3.2s").
	 */
	static Map<String, Double> stageSeconds(Path run) throws IOException {
		Map<String, Double> seconds = new LinkedHashMap<>();
		Pattern line = Pattern.compile(".* - (\\w+) COMPLETED read=\\d+ written=\\d+ rejected=\\d+ ([\\d.]+)s.*");
		List<String> lines = new ArrayList<>();
		try (Stream<Path> logs = Files.list(run.resolve("home/logs"))) {
			for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
				lines.addAll(Files.readAllLines(log)); // the night's and the integrity
														// check's
			}
		}
		for (String l : lines) {
			Matcher m = line.matcher(l);
			if (m.matches()) {
				seconds.put(m.group(1), Double.parseDouble(m.group(2)));
			}
		}
		return seconds;
	}

	/**
	 * The last line of the run log so far, without its time: where the night was when it
	 * was killed.
	 */
	private static String lastLogLine(Path run) throws IOException {
		List<String> lines = runLog(run);
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")) {
				return lines.get(i).substring(24);
			}
		}
		return "before the first log line (start-up)";
	}

	/**
	 * Elapsed seconds of an uninterrupted night in {@code run} (process start to end).
	 */
	double timedNight(Path run) throws IOException, InterruptedException {
		long start = System.nanoTime();
		night(run, null);
		return (System.nanoTime() - start) / 1e9;
	}

	private Process start(Path run) throws IOException {
		return engine(run, nightArguments(run).toArray(String[]::new));
	}

	private List<String> nightArguments(Path run) {
		return List.of("nightly", "--date", NIGHT.toString(), "--home", run.resolve("home").toString(), "--drop",
				run.resolve("drop").toString(), "--establishments", world.resolve("establishments").toString(),
				// one establishment at a time, as the uninterrupted reference: side by
				// side, the establishments draw
				// their case and action numbers from shared sequences in a different
				// order in every run, and the
				// letters print those numbers; what a parallel night guarantees is tested
				// apart
				// (EstablishmentFailureIsolationTests, RunLockTests)
				"--relance.intake.settle-delay=0s", "--relance.night.parallelism=1");
	}

	/**
	 * The night with its outputs ({@code <home>/out}) on a file system of
	 * {@code fullSize} (a tmpfs mounted in a mount namespace of its own, see
	 * {@link FullDisk}), which fills during the night; then the same command again once
	 * the file system has room (the same tmpfs, grown). The outputs are copied back to
	 * {@code <home>/out} at the end, since the tmpfs goes with its namespace.
	 * @return the exit status and console of the night on the full disk, and of the rerun
	 */
	FullDisk.Runs fullDiskNight(Path run, String fullSize) throws IOException, InterruptedException {
		TestFiles.copyTree(world.resolve("drop"), run.resolve("drop"));
		Path out = Files.createDirectories(run.resolve("home/out"));
		Path kept = run.resolve("out-kept");
		String night = "bash ops/relance " + String.join(" ", nightArguments(run)) + " "
				+ String.join(" ", embeddedDatabase());
		String script = String.join("\n",
				"mount -t tmpfs -o size=" + fullSize + " relance-full '" + out + "' || exit 90",
				night + " > '" + run.resolve("console-full.txt") + "' 2>&1; echo $? > '" + run.resolve("status-full")
						+ "'",
				"mount -o remount,size=512m '" + out + "' || exit 91", night + " > '" + run.resolve("console-rerun.txt")
						+ "' 2>&1; echo $? > '" + run.resolve("status-rerun") + "'",
				"mkdir -p '" + kept + "' && cp -a '" + out + "'/. '" + kept + "'/");
		Process process = FullDisk.inNamespace(script, run.resolve("namespace.txt"), environment());
		if (!process.waitFor(20, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the nights on a full disk did not end within 20 minutes");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("the mount namespace script failed (" + process.exitValue() + "): "
					+ Files.readString(run.resolve("namespace.txt")));
		}
		TestFiles.copyTree(kept, out);
		return new FullDisk.Runs(Integer.parseInt(Files.readString(run.resolve("status-full")).strip()),
				Files.readString(run.resolve("console-full.txt")),
				Integer.parseInt(Files.readString(run.resolve("status-rerun")).strip()),
				Files.readString(run.resolve("console-rerun.txt")), integrityCheck(run));
	}

	private List<String> embeddedDatabase() {
		return List.of("--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=" + binaries);
	}

	private static Map<String, String> environment() {
		return Map.of("RELANCE_CLASSPATH", System.getProperty("java.class.path"), "RELANCE_JAVA_OPTS", "-Xmx512m");
	}

	/**
	 * {@code ops/relance <args>} on the run's embedded database, its output appended to
	 * the run's console file.
	 */
	private Process engine(Path run, String... args) throws IOException {
		Files.createDirectories(run.resolve("home/out/" + NIGHT));
		List<String> command = new ArrayList<>(List.of("bash", "ops/relance"));
		command.addAll(List.of(args));
		command.addAll(embeddedDatabase());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(
					ProcessBuilder.Redirect.appendTo(run.resolve("home/out/" + NIGHT + "/console.txt").toFile()));
		builder.environment().putAll(environment());
		return builder.start();
	}

	/** Every line of the business view of {@code run}'s database, sorted. */
	List<String> database(Path run) throws IOException, SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(run.resolve("home"),
				run.resolve("home/pgdata"), binaries, true)) {
			return database(server.jdbcUrl(), server.password());
		}
	}

	/**
	 * Every line of the business view of the database at {@code jdbcUrl} (user postgres),
	 * sorted.
	 */
	static List<String> database(String jdbcUrl, String password) throws IOException, SQLException {
		String script;
		try (InputStream in = KillAnywhere.class.getResourceAsStream("business-view.sql")) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> lines = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", password);
				Statement st = c.createStatement()) {
			for (String query : script.replaceAll("(?m)^--.*$", "").split(";")) {
				if (query.isBlank()) {
					continue;
				}
				try (ResultSet rs = st.executeQuery(query)) {
					while (rs.next()) {
						lines.add(rs.getString(1));
					}
				}
			}
		}
		lines.sort(null);
		return lines;
	}

	/**
	 * Every file the night kept or wrote, by path (the archive's and quarantine's
	 * {@code <id>-} prefixes dropped: ids are not transactional) and SHA-256. Logs, the
	 * console and the run summary (times) are left out.
	 */
	static Map<String, String> files(Path run) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (Path root : List.of(run.resolve("drop"), run.resolve("home/out"))) {
			try (Stream<Path> all = Files.walk(root)) {
				for (Path f : all.filter(Files::isRegularFile).toList()) {
					String name = f.getFileName().toString();
					if (name.equals("console.txt") || name.equals("run-summary.json")) {
						continue;
					}
					String relative = run.relativize(f)
						.toString()
						.replaceAll("/\\d+-", "/#-")
						.replaceAll("dossier-transmis-\\d+", "dossier-transmis-#");
					// several files may share a normalised name (a dossier per case):
					// kept as a sorted set
					files.merge(relative, fingerprint(f),
							(a, b) -> String.join("+", Stream.of((a + "+" + b).split("\\+")).sorted().toList()));
				}
			}
		}
		return files;
	}

	/**
	 * The paths missing, extra or different in {@code actual}, each with what it is there
	 * and in {@code expected}.
	 */
	static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
		List<String> differences = new ArrayList<>();
		Map<String, String> all = new TreeMap<>(expected);
		all.putAll(actual);
		all.keySet().forEach(path -> {
			String want = expected.get(path);
			String got = actual.get(path);
			if (want == null || !want.equals(got)) {
				differences.add(path + (want == null ? " extra" : got == null ? " missing" : " differs"));
			}
		});
		return differences;
	}

	/** A line that ends inside an RF reference of a payment page address. */
	private static final Pattern WRAPPED_REFERENCE = Pattern.compile("[?&]ref=RF[0-9A-Z]*$");

	/**
	 * Letter references (case number and step), RF payment references, SMS and call ids:
	 * numbers drawn from sequences.
	 */
	private static final Pattern DRAWN_NUMBERS = Pattern
		.compile("RL\\d{8}-\\d+-\\d+|RF\\d{2}( ?[0-9A-Z]{1,4}){1,8}|SMS-\\d+|APPEL-\\d+");

	/**
	 * What the file says, up to the numbers PostgreSQL sequences drew: a killed
	 * transaction leaves gaps in sequences, so a resumed night may number its cases,
	 * actions and allocations differently from an uninterrupted one, which no one sees
	 * (only one of them exists). Those numbers are masked (references printed on letters,
	 * the case and action columns of the decisions CSV, the allocation column of the
	 * post-back file) and a CSV's lines are sorted; a letter emitted twice or missing
	 * still shows. KPI documents and workbooks are read for their content (they carry the
	 * moment they were made); everything else is compared byte for byte.
	 */
	private static String fingerprint(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			List<String> lines = maskedLines(ReadableText.of(file).lines().toList());
			lines.sort(null); // letters are laid out in case order, which the numbering
								// decides
			return sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
		}
		if (name.endsWith(".xlsx")) {
			StringBuilder parts = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (!entry.getName().startsWith("docProps/")) {
						parts.append(entry.getName())
							.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return sha256(parts.toString().getBytes(StandardCharsets.UTF_8));
		}
		boolean written = !file.toString().contains("/.archive/") && !file.toString().contains("/.quarantine/");
		if (written && (name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".eml"))) {
			List<String> lines = new ArrayList<>();
			String separator = null;
			List<Integer> drawn = List.of();
			// byte for byte as characters: the masks are ASCII, and no text is decoded
			// wrongly
			for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
				if (separator == null) { // the header says which columns hold case,
											// action or allocation numbers
					separator = line.contains(";") ? ";" : ",";
					drawn = drawnColumns(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
						.replace("\uFEFF", "")
						.split(Pattern.quote(separator), -1));
				}
				else {
					line = maskColumns(line, separator, drawn);
				}
				lines.add(mask(line));
			}
			lines.sort(null);
			return sha256(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
		}
		return sha256(Files.readAllBytes(file));
	}

	private static String mask(String text) {
		return DRAWN_NUMBERS.matcher(text).replaceAll("#");
	}

	/**
	 * A letter's lines, masked. The payment page address ends with the RF reference and
	 * is wrapped where the line is full: the rest of the reference starts the next line,
	 * where the masks cannot recognise it alone.
	 */
	static List<String> maskedLines(List<String> text) {
		List<String> lines = new ArrayList<>(text.size());
		for (int i = 0; i < text.size(); i++) {
			String line = text.get(i);
			if (i > 0 && WRAPPED_REFERENCE.matcher(text.get(i - 1)).find()) {
				line = line.replaceFirst("^[0-9A-Z]+", "#");
			}
			lines.add(mask(line));
		}
		return lines;
	}

	/**
	 * Columns whose values PostgreSQL sequences drew: case, action and allocation
	 * numbers.
	 */
	private static List<Integer> drawnColumns(String[] header) {
		List<Integer> columns = new ArrayList<>();
		for (int i = 0; i < header.length; i++) {
			String h = header[i].strip().replace("\"", "");
			if (List.of("case_id", "action_id", "n° de dossier", "dossier", "n° Relance").contains(h)) {
				columns.add(i);
			}
		}
		return columns;
	}

	private static String maskColumns(String line, String separator, List<Integer> columns) {
		String[] cells = line.split(Pattern.quote(separator), -1);
		for (int column : columns) {
			if (column < cells.length) {
				cells[column] = "#";
			}
		}
		return String.join(separator, cells);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
