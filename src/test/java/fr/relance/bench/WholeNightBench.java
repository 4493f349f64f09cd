package fr.relance.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

import fr.relance.TestFiles;
import fr.relance.cli.Cli;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * The whole night at scale ({@code ops/bench/run}): generates a world of N invoices over
 * E establishments with tonight's returns, bank statements and follow-up files, and the
 * next night's files ({@code samples generate --next-night true}); runs the first night
 * on a fresh engine home with the embedded database, as {@code ops/relance nightly} does,
 * then the next night on the same home; then measures the anchors on the same files;
 * prints one table per night and writes {@code bench-result.json}. With several sizes
 * ({@code --scale}), the same for each, then the cost per item of every stage at each
 * size.
 */
public final class WholeNightBench {

	private static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 11, 20);

	private static final String USAGE = "usage: ops/bench/run [--invoices N] [--establishments E] [--scale N1,N2,...]"
			+ " [--out DIR] [--keep true]";

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		List<Long> sizes = new ArrayList<>();
		for (String size : options.getOrDefault("scale", options.getOrDefault("invoices", "1000000")).split(",")) {
			sizes.add(Long.parseLong(size.trim()));
		}
		int establishments = Integer.parseInt(options.getOrDefault("establishments", "20"));
		Path out = Path.of(options.getOrDefault("out", "target/bench-run")).toAbsolutePath();
		boolean keep = Boolean.parseBoolean(options.getOrDefault("keep", "false"));
		Files.createDirectories(out);
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
		List<SizeResult> results = new ArrayList<>();
		for (long invoices : sizes) {
			Path work = Files.createTempDirectory(out, "world-" + invoices + "-");
			try {
				SizeResult result = new WholeNightBench(work, invoices, establishments).run();
				results.add(result);
				result.print(System.out);
				writeJson(out.resolve("bench-result.json"), loadBefore, results);
			}
			finally {
				if (!keep) {
					delete(work);
				}
			}
		}
		if (results.size() > 1) {
			ScaleCurve.print(results, System.out);
		}
		System.out.println("\nwritten: " + out.resolve("bench-result.json"));
	}

	private final Path work;

	private final long invoices;

	private final int establishments;

	private WholeNightBench(Path work, long invoices, int establishments) {
		this.work = work;
		this.invoices = invoices;
		this.establishments = establishments;
	}

	/** The measures of one size: both nights with their anchors. */
	record SizeResult(long invoices, int establishments, int cores, long maxHeapMb, NightFigures first,
			NightFigures next, long lettersFirst, long lettersNext, double csvFirst, double csvNext,
			double pdfSecondsPerLetter) {

		/** The next night's wall time over the first's (target 0.4 or less). */
		double nextOverFirst() {
			return this.next.wallSeconds() / this.first.wallSeconds();
		}

		void print(PrintStream out) {
			out.printf(Locale.ROOT, "%n== %,d invoices, %d establishments, %d cores, heap max %,d MB ==%n",
					this.invoices, this.establishments, this.cores, this.maxHeapMb);
			printNight(out, this.first, this.lettersFirst, this.csvFirst, "target 300 s");
			printNight(out, this.next, this.lettersNext, this.csvNext, "target 40 % of the first night");
			out.printf(Locale.ROOT, "next night / first night: %.2f (target 0.40 or less)%n", nextOverFirst());
		}

		private void printNight(PrintStream out, NightFigures night, long letters, double csv, String target) {
			out.printf(Locale.ROOT,
					"%n%s night %s: %s, %.1f s wall, %.1f s without the output stage (%s); stages %.1f s summed"
							+ " over the establishments, %.2f at once on average%n",
					night.night(), night.date(), night.status(), night.wallSeconds(), night.wallSecondsWithoutOutput(),
					target, night.stageSeconds(), night.overlap());
			String format = "%-14s %10s %10s %9s %9s %11s  %-12s %9s %7s%n";
			out.printf(Locale.ROOT, format, "stage", "items", "written", "seconds", "wall s", "items/s", "anchor",
					"anchor s", "ratio");
			for (NightFigures.Stage s : night.stages()) {
				out.printf(Locale.ROOT, format, s.stage(), String.format(Locale.ROOT, "%,d", s.items()),
						String.format(Locale.ROOT, "%,d", s.written()), String.format(Locale.ROOT, "%.1f", s.seconds()),
						String.format(Locale.ROOT, "%.1f", night.wallShare(s)),
						String.format(Locale.ROOT, "%,.0f", s.itemsPerSecond()), s.anchor(),
						s.anchorSeconds() > 0 ? String.format(Locale.ROOT, "%.1f", s.anchorSeconds()) : "",
						s.anchorSeconds() > 0 ? String.format(Locale.ROOT, "%.2f", s.ratio()) : "");
			}
			NightFigures.Stage ingest = night.stage("ingest");
			out.printf(Locale.ROOT, "a bare Commons CSV parse of the CSV ledgers: %.1f s (ingest %.1fx it)%n", csv,
					ingest == null || csv <= 0 ? 0 : ingest.seconds() / csv);
			NightFigures.Stage output = night.stage("output");
			if (output != null && letters > 0) {
				out.printf(Locale.ROOT,
						"letters: %,d emitted; the output stage %.1f s, %,.0f letters/s"
								+ " (target 1,000/s; bare PDFBox loop %,.0f letters/s)%n",
						letters, output.seconds(), letters / output.seconds(), 1 / this.pdfSecondsPerLetter);
			}
			out.printf(Locale.ROOT, "heap: %,d MB used at peak, %,d MB live after a collection; PostgreSQL: %,d MB%n",
					night.heapUsedMb(), night.heapLiveMb(), night.postgresMb());
		}

	}

	private SizeResult run() throws Exception {
		int perEstablishment = (int) (this.invoices / this.establishments);
		Path first = this.work.resolve("world-first");
		Path next = this.work.resolve("world-next");
		System.err.printf(Locale.ROOT, "generating %d establishments of %,d invoices, both nights...%n",
				this.establishments, perEstablishment);
		generate(first, perEstablishment, false);
		generate(next, perEstablishment, true);
		Path home = this.work.resolve("home");
		Path drop = this.work.resolve("drop");
		RelanceProperties properties = new RelanceProperties(home, drop, null, null, null, null, null, null);
		TestFiles.copyTree(first.resolve("drop"), drop);
		NightFigures firstNight = night("first", FIRST_NIGHT, properties, first.resolve("establishments"));
		TestFiles.copyTree(next.resolve("drop"), drop);
		NightFigures nextNight = night("next", FIRST_NIGHT.plusDays(1), properties, first.resolve("establishments"));

		System.err.println("anchors...");
		List<Path> firstFiles = NightAnchors.files(first.resolve("drop"));
		List<Path> nextFiles = NightAnchors.files(next.resolve("drop"));
		double shaFirst = NightAnchors.sha256sum(firstFiles);
		double shaNext = NightAnchors.sha256sum(nextFiles);
		double copyFirst;
		double copyNext;
		long lettersFirst;
		long lettersNext;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, properties.databaseDirectory(),
				properties.embeddedDb().binaries(), properties.embeddedDb().fast());
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
			copyFirst = NightAnchors.copy(connection, firstFiles);
			copyNext = NightAnchors.copy(connection, nextFiles);
			lettersFirst = letters(connection, FIRST_NIGHT);
			lettersNext = letters(connection, FIRST_NIGHT.plusDays(1));
		}
		double csvFirst = NightAnchors.csvParse(firstFiles);
		double csvNext = NightAnchors.csvParse(nextFiles);
		int cores = Runtime.getRuntime().availableProcessors();
		double pdf = NightAnchors.pdfSecondsPerLetter(this.work.resolve("pdf"),
				(int) Math.max(1_000, Math.min(10_000, Math.max(lettersFirst, lettersNext))), cores);
		return new SizeResult(this.invoices, this.establishments, cores, Runtime.getRuntime().maxMemory() >> 20,
				anchored(firstNight, shaFirst, copyFirst, lettersFirst * pdf),
				anchored(nextNight, shaNext, copyNext, lettersNext * pdf), lettersFirst, lettersNext, csvFirst, csvNext,
				pdf);
	}

	private static NightFigures anchored(NightFigures night, double sha, double copy, double pdf) {
		List<NightFigures.Stage> stages = new ArrayList<>();
		for (NightFigures.Stage s : night.stages()) {
			stages.add(switch (s.stage()) {
				case "intake" -> s.withAnchor("sha256sum", sha);
				case "ingest" -> s.withAnchor("COPY", copy);
				case "output" -> pdf > 0 ? s.withAnchor("PDFBox loop", pdf) : s;
				default -> s;
			});
		}
		return night.withStages(stages);
	}

	private void generate(Path world, int perEstablishment, boolean nextNight) {
		List<String> args = new ArrayList<>(List.of("samples", "generate", "--out", world.toString(),
				"--establishments", String.valueOf(this.establishments), "--invoices", String.valueOf(perEstablishment),
				"--returns", "true", "--date", FIRST_NIGHT.toString()));
		if (nextNight) {
			args.addAll(List.of("--next-night", "true"));
		}
		int status = new Cli(nullStream(), System.err).run(args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("samples generate failed with exit " + status);
		}
	}

	private NightFigures night(String name, LocalDate date, RelanceProperties properties, Path establishmentFiles)
			throws Exception {
		System.err.printf(Locale.ROOT, "%s night %s...%n", name, date);
		Path console = this.work.resolve("console-" + name + ".txt");
		int status;
		double wall;
		MemoryPeaks peaks;
		try (PrintStream log = new PrintStream(Files.newOutputStream(console), true, StandardCharsets.UTF_8)) {
			peaks = MemoryPeaks.start(properties.databaseDirectory());
			long start = System.nanoTime();
			status = new Cli(log, log).run(new String[] { "nightly", "--date", date.toString(), "--home",
					properties.home().toString(), "--drop", properties.drop().toString(), "--establishments",
					establishmentFiles.toString(), "--relance.intake.settle-delay=0s" });
			wall = (System.nanoTime() - start) / 1e9;
			peaks.close();
		}
		// 3: completed, some input refused (the worlds hold deliberate suspense cases)
		if (status != 0 && status != 3) {
			List<String> lines = Files.readAllLines(console);
			lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.err::println);
			throw new IllegalStateException(name + " night failed with exit " + status + ", see " + console);
		}
		Path summary = properties.out().resolve(date.toString()).resolve("run-summary.json");
		return new NightFigures(name, date.toString(), NightFigures.statusOf(summary), wall,
				NightFigures.stagesOf(summary), peaks.heapUsedMb(), peaks.heapLiveMb(), peaks.postgresMb());
	}

	private static long letters(Connection connection, LocalDate night) throws Exception {
		try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM dunning_action"
				+ " WHERE channel IN ('LETTER', 'REGISTERED_LETTER') AND status = 'emitted' AND run_date = ?")) {
			st.setObject(1, night);
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static void writeJson(Path file, String loadBefore, List<SizeResult> results) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("loadAverageBefore", loadBefore);
		json.put("runs", results.stream().map(WholeNightBench::json).toList());
		JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
	}

	private static Map<String, Object> json(SizeResult r) {
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("invoices", r.invoices());
		run.put("establishments", r.establishments());
		run.put("cores", r.cores());
		run.put("maxHeapMb", r.maxHeapMb());
		run.put("nights", List.of(json(r.first(), r.lettersFirst()), json(r.next(), r.lettersNext())));
		run.put("nextOverFirst", round(r.nextOverFirst()));
		run.put("pdfBoxLettersPerSecond", round(1 / r.pdfSecondsPerLetter()));
		run.put("csvParseSecondsFirst", round(r.csvFirst()));
		run.put("csvParseSecondsNext", round(r.csvNext()));
		return run;
	}

	private static Map<String, Object> json(NightFigures night, long letters) {
		Map<String, Object> n = new LinkedHashMap<>();
		n.put("night", night.night());
		n.put("date", night.date());
		n.put("status", night.status());
		n.put("wallSeconds", round(night.wallSeconds()));
		n.put("wallSecondsWithoutOutput", round(night.wallSecondsWithoutOutput()));
		n.put("stageSecondsSummed", round(night.stageSeconds()));
		n.put("overlap", round(night.overlap()));
		n.put("letters", letters);
		n.put("heapUsedPeakMb", night.heapUsedMb());
		n.put("heapLivePeakMb", night.heapLiveMb());
		n.put("postgresPeakMb", night.postgresMb());
		List<Map<String, Object>> stages = new ArrayList<>();
		for (NightFigures.Stage s : night.stages()) {
			Map<String, Object> stage = new LinkedHashMap<>();
			stage.put("stage", s.stage());
			stage.put("items", s.items());
			stage.put("written", s.written());
			stage.put("seconds", round(s.seconds()));
			stage.put("wallShareSeconds", round(night.wallShare(s)));
			stage.put("itemsPerSecond", round(s.itemsPerSecond()));
			if (s.anchorSeconds() > 0) {
				stage.put("anchor", s.anchor());
				stage.put("anchorSeconds", round(s.anchorSeconds()));
				stage.put("ratioToAnchor", s.seconds() > 0 ? round(s.ratio()) : null);
			}
			stages.add(stage);
		}
		n.put("stages", stages);
		return n;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException(USAGE);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static PrintStream nullStream() {
		return new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
	}

}
