package fr.relance.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.relance.operations.EngineActivity;
import fr.relance.operations.NightHistory;
import fr.relance.operations.NightRecord;
import fr.relance.operations.OperationsJournal;
import fr.relance.operations.QuarantineShelf;
import fr.relance.operations.QuarantinedFile;
import fr.relance.operations.WaitingFile;
import fr.relance.operations.WaitingFiles;
import fr.relance.scheduling.cluster.ClusterState;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.text.Printable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status [--json]}: the last nights, the files waiting and quarantined, the open
 * alerts. Reads only files (run summaries, the drop zone), so it answers while a night
 * runs.
 */
class StatusCommand implements Command {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Clock clock;

	StatusCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String summary() {
		return "the last nights, files waiting in in/, quarantined files, open alerts (--json for monitoring)";
	}

	@Override
	public String usage() {
		return """
				usage: relance status [--json] [--nights N] [--home DIR] [--drop DIR] [--out DIR]

				The last nights (status, attempts, duration, per-stage figures) from their run summaries, the files
				waiting in the establishments' in/ folders and for how long, the quarantined files with their reasons,
				the alerts of the last night, and whether an engine is running on the home now. Reads files only:
				it works while a night runs. The next scheduled night and the scheduler nodes with their last
				check-in come from the database's Quartz tables: the external one (SPRING_DATASOURCE_URL, _USERNAME,
				_PASSWORD, or --spring.datasource.url=...), or the embedded one while a scheduler node holds the home.
				  --json        the same as JSON, for monitoring
				  --nights N    how many nights to show (default 7)
				  --home, --drop, --out   as for nightly (also RELANCE_HOME...)

				exit status: 0 done, 2 bad usage
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		arguments.checkOptions(Set.of("json", "nights", "home", "drop", "out"));
		if (arguments.words().size() > 1) {
			throw new UsageException("status takes no operand, got '" + arguments.words().get(1) + "'");
		}
		int count = nights(arguments.option("nights").orElse("7"));
		RelanceProperties paths = HomePaths.of(arguments);
		Instant now = clock.instant();
		NightHistory history = new NightHistory(paths.out());
		Report report = new Report(paths.home().toAbsolutePath().toString(), now.toString(),
				EngineActivity.running(paths.home()).orElse(null),
				history.lastCompleted().map(NightRecord::date).orElse(null), history.latest(count),
				WaitingFiles.in(paths.drop(), now).stream().map(Waiting::of).toList(),
				new QuarantineShelf(paths.drop(), new OperationsJournal(paths.home(), clock)).list()
					.stream()
					.map(Quarantined::of)
					.toList(),
				null, null, scheduler(arguments, paths, now, console));
		report = report.withAlerts();
		report = report.withNextScheduledNight(SchedulerStatus.line(report.scheduler(), now, paths.zone()));
		if (arguments.flag("json")) {
			console.out().println(JSON.writeValueAsString(report));
		}
		else {
			print(report, console, paths.zone());
		}
		return ExitCode.OK;
	}

	private static int nights(String text) {
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= 366) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("--nights must be a whole number from 1 to 366, got '" + text + "'");
	}

	private void print(Report report, Console console, ZoneId zone) {
		var out = console.out();
		out.println("Relance status of " + Printable.of(report.home()) + " at "
				+ TIME.format(Instant.parse(report.at()).atZone(zone)) + " (" + zone + ")");
		out.println("Engine: " + (report.runningNow() == null ? "idle" : "running now (" + report.runningNow() + ")"));
		out.println("Last completed night: "
				+ (report.lastCompletedNight() == null ? "none yet" : report.lastCompletedNight()));
		out.println("Next scheduled night: " + report.nextScheduledNight());
		out.println();
		out.println("Nights (latest first):");
		if (report.nights().isEmpty()) {
			out.println("  none has run yet");
		}
		for (NightRecord night : report.nights()) {
			out.printf(Locale.ROOT, "  %s  %-9s attempts %d, %s s%n", night.date(), night.status(), night.attempts(),
					night.seconds().toPlainString());
			night.unfinished().forEach((u) -> out.println("    not completed: establishment " + u));
			for (NightRecord.Stage stage : night.stages()) {
				out.printf(Locale.ROOT, "    %-10s %-10s read %d, written %d, rejected %d, %s s%s%n", stage.name(),
						stage.status(), stage.read(), stage.written(), stage.rejected(),
						stage.seconds().toPlainString(), figures(stage.figures()));
			}
		}
		out.println();
		out.println("Files waiting in in/: " + report.waitingFiles().size());
		for (Waiting file : report.waitingFiles()) {
			out.printf(Locale.ROOT, "  %s  %-40s %12d bytes  waiting %s%n", file.finess(), Printable.of(file.name()),
					file.sizeBytes(), human(Duration.ofSeconds(file.waitingSeconds())));
		}
		out.println("Quarantined files: " + report.quarantined().size());
		for (Quarantined file : report.quarantined()) {
			out.printf(Locale.ROOT, "  %-50s %-16s since %s  %s%n", Printable.of(file.file()), file.reasonCode(),
					TIME.format(Instant.parse(file.since()).atZone(zone)), Printable.of(file.reason()));
		}
		out.println("Open alerts (last night): " + report.alerts().size());
		report.alerts().forEach(a -> out.println("  " + Printable.of(a)));
	}

	private static String figures(Map<String, Long> figures) {
		if (figures.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(";");
		figures.forEach((k, v) -> text.append(' ').append(k).append(' ').append(v));
		return text.toString();
	}

	/**
	 * The scheduler cluster's state, or null without a database to read; a database that
	 * does not answer is said.
	 */
	private static ClusterState scheduler(Arguments arguments, RelanceProperties paths, Instant now, Console console) {
		try {
			return SchedulerStatus.read(EngineOptions.properties(arguments), paths.home(), now);
		}
		catch (java.sql.SQLException e) {
			console.err()
				.println("relance: the scheduler's state could not be read from the database: " + e.getMessage());
			return null;
		}
	}

	/** {@code 45 s}, or as {@link #human} past a minute. */
	static String seconds(Duration d) {
		return d.toMinutes() > 0 ? human(d) : d.toSeconds() + " s";
	}

	/** {@code 2 d 3 h}, {@code 3 h 12 min}, {@code 4 min}. */
	static String human(Duration d) {
		if (d.toDays() > 0) {
			return d.toDays() + " d " + d.toHoursPart() + " h";
		}
		if (d.toHours() > 0) {
			return d.toHours() + " h " + d.toMinutesPart() + " min";
		}
		return d.toMinutes() + " min";
	}

	/** What {@code --json} prints. */
	record Report(String home, String at, String runningNow, LocalDate lastCompletedNight, List<NightRecord> nights,
			List<Waiting> waitingFiles, List<Quarantined> quarantined, List<String> alerts, String nextScheduledNight,
			ClusterState scheduler) {

		/** The alerts of the latest night: the ones no later night has cleared. */
		Report withAlerts() {
			List<String> open = nights.isEmpty() ? List.of() : nights.get(0).alerts();
			return new Report(home, at, runningNow, lastCompletedNight, nights, waitingFiles, quarantined, open,
					nextScheduledNight, scheduler);
		}

		Report withNextScheduledNight(String line) {
			return new Report(home, at, runningNow, lastCompletedNight, nights, waitingFiles, quarantined, alerts, line,
					scheduler);
		}

	}

	record Waiting(String finess, String name, long sizeBytes, String modified, long waitingSeconds) {

		static Waiting of(WaitingFile file) {
			return new Waiting(file.finess(), file.name(), file.sizeBytes(), file.modified().toString(),
					file.waiting().toSeconds());
		}

	}

	record Quarantined(String file, String finess, String originalName, String reasonCode, String reason,
			String since) {

		static Quarantined of(QuarantinedFile file) {
			return new Quarantined(file.id(), file.finess(), file.originalName(), file.reasonCode(), file.reason(),
					file.since().toString());
		}

	}

}
