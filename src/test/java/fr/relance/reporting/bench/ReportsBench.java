package fr.relance.reporting.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.reporting.KpiHistory;
import fr.relance.reporting.NightReports;
import fr.relance.reporting.internal.KpiDao;

/**
 * Not a test (the suite does not run it): the reporting stage on
 * {@link ReportsBenchWorld} ({@code N} invoices in all, default 1,000,000, over {@code E}
 * establishments, default 20) in a fresh embedded PostgreSQL (fast mode). The previous
 * night is reported first (every establishment's first reported night), then tonight's
 * money, returns and dunning are added and tonight is reported: the KPI history of every
 * establishment (set-based statements per figure family), then every report (CSV, XLSX,
 * PDF per establishment and consolidated). Prints the seconds of each part, invoices per
 * second, and whether a rerun of the night wrote the same figures. Run through
 * {@code ops/bench/reports-bench.sh [N] [E]}; the engine home is deleted at the end
 * unless {@code -Dbench.keep=true}.
 */
public final class ReportsBench {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 24);

	private ReportsBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int establishments = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int each = invoices / establishments;
		Path home = Files.createTempDirectory("relance-reports-bench-");
		SpringApplication application = new SpringApplication(RelanceApplication.class);
		application.setLogStartupInfo(false);
		try (ConfigurableApplicationContext engine = application.run("--relance.home=" + home,
				"--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=target/bench-postgres",
				"--relance.jobs=jobs", "--relance.establishments=samples/establishments",
				"--logging.level.fr.relance=WARN")) {
			Jdbi jdbi = engine.getBean(Jdbi.class);
			Map<String, Double> statements = new ConcurrentHashMap<>();
			jdbi.setSqlLogger(new SqlLogger() {
				@Override
				public void logAfterExecution(StatementContext context) {
					if (context.getExtensionMethod() != null) {
						statements.merge(context.getExtensionMethod().getMethod().getName(),
								context.getElapsedTime(ChronoUnit.MILLIS) / 1e3, Double::sum);
					}
				}
			});
			KpiHistory history = engine.getBean(KpiHistory.class);
			NightReports reports = engine.getBean(NightReports.class);
			List<String> finesses = new ArrayList<>();
			for (int e = 1; e <= establishments; e++) {
				finesses.add(String.format("98000%04d", e));
			}
			long start = System.nanoTime();
			ReportsBenchWorld.history(jdbi, establishments, each, NIGHT);
			print("world: %,d establishments x %,d invoices (%,d invoice parts, %,d allocations) in %.1f s",
					establishments, each, count(jdbi, "SELECT count(*) FROM invoice_part"),
					count(jdbi, "SELECT count(*) FROM allocation"), since(start));
			night(jdbi, history, reports, finesses, NIGHT.minusDays(1), invoices, "previous night (first reported)");
			printStatements(statements);
			start = System.nanoTime();
			ReportsBenchWorld.tonight(jdbi, establishments, each, NIGHT);
			print("tonight's money, returns and dunning added in %.1f s: %,d return lines, %,d payments, %,d ledger rises,"
					+ " %,d actions, %,d decisions", since(start), count(jdbi, "SELECT count(*) FROM remittance_line"),
					count(jdbi, "SELECT count(*) FROM payment"), count(jdbi, "SELECT count(*) FROM ledger_payment"),
					count(jdbi, "SELECT count(*) FROM dunning_action"),
					count(jdbi, "SELECT count(*) FROM dunning_decision"));
			String figures = "SELECT string_agg(concat_ws(' ', finess, kpi, payer, dimension, amount, items, rate), '|'"
					+ " ORDER BY finess, kpi, payer, dimension) FROM kpi_daily WHERE run_date = '" + NIGHT + "'";
			statements.clear();
			night(jdbi, history, reports, finesses, NIGHT, invoices, "tonight");
			printStatements(statements);
			String first = jdbi.withHandle((h) -> h.createQuery(figures).mapTo(String.class).one());
			for (String method : System.getProperty("bench.explain", "").split(",")) {
				if (!method.isBlank()) {
					explain(jdbi, method, finesses);
				}
			}
			night(jdbi, history, reports, finesses, NIGHT, invoices, "tonight again (rerun)");
			String again = jdbi.withHandle((h) -> h.createQuery(figures).mapTo(String.class).one());
			print("rerun wrote the same figures: %s (%,d kpi_daily rows tonight)", first.equals(again),
					count(jdbi, "SELECT count(*) FROM kpi_daily WHERE run_date = '" + NIGHT + "'"));
		}
		if (!Boolean.getBoolean("bench.keep")) {
			try (Stream<Path> files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
			}
		}
	}

	private static void night(Jdbi jdbi, KpiHistory history, NightReports reports, List<String> finesses,
			LocalDate night, int invoices, String which) {
		long start = System.nanoTime();
		history.record(finesses, night);
		double recorded = since(start);
		long written = System.nanoTime();
		int files = reports.write(finesses, night).size();
		double reported = since(written);
		double total = recorded + reported;
		print("%s %s: KPI history %.1f s, %d report files %.1f s, total %.1f s (%,.0f invoices/s)", which, night,
				recorded, files, reported, total, invoices / total);
	}

	/**
	 * The plan of one KpiDao statement for every establishment the night after, rolled
	 * back (-Dbench.explain=a,b).
	 */
	private static void explain(Jdbi jdbi, String method, List<String> finesses) {
		String sql = ClasspathSqlLocator.create()
			.getResource(KpiDao.class.getClassLoader(), "fr/relance/reporting/internal/KpiDao/" + method + ".sql");
		jdbi.useTransaction((h) -> {
			h.createUpdate(ClasspathSqlLocator.create()
				.getResource(KpiDao.class.getClassLoader(), "fr/relance/reporting/internal/KpiDao/recordNights.sql"))
				.bindList("finesses", finesses)
				.bind("runDate", NIGHT.plusDays(1))
				.execute();
			h.createQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)
				.bindList("finesses", finesses)
				.bind("runDate", NIGHT.plusDays(1))
				.configure(org.jdbi.v3.core.statement.SqlStatements.class, (c) -> c.setUnusedBindingAllowed(true))
				.mapTo(String.class)
				.forEach((line) -> System.out.println("PLAN " + method + " " + line));
			h.rollback();
		});
	}

	private static void printStatements(Map<String, Double> statements) {
		statements.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach((e) -> print("  statement %s: %.2f s over every establishment", e.getKey(), e.getValue()));
	}

	private static long count(Jdbi jdbi, String sql) {
		return jdbi.withHandle((h) -> h.createQuery(sql).mapTo(Long.class).one());
	}

	private static double since(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void print(String format, Object... args) {
		System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
	}

}
