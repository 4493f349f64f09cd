package fr.relance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.RunDateGuard;
import fr.relance.scheduling.RunDateRefusedException;
import fr.relance.scheduling.cluster.ClusterScheduler;
import fr.relance.scheduling.cluster.NightSchedule;
import fr.relance.scheduling.cluster.SchedulerSettings;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.time.RunDates;

/**
 * {@code scheduler}: a long-lived node of the clustered scheduler until SIGTERM or
 * Ctrl-C. Stopping takes no new unit and waits for the units it runs to end; a node
 * killed anyway has its units recovered by another node.
 */
class SchedulerCommand implements Command {

	@Override
	public String name() {
		return "scheduler";
	}

	@Override
	public String summary() {
		return "a node of the clustered scheduler: runs the nights of jobs/schedule.yml, establishment by establishment, until stopped";
	}

	@Override
	public String usage() {
		return """
				usage: relance scheduler [--threads N] [--schedule FILE] [--night YYYY-MM-DD] [options]

				Runs until SIGTERM or Ctrl-C as one node of the clustered scheduler (Quartz on the engine's
				PostgreSQL). At each start of a schedule of the schedule file, one node queues one job per enabled
				establishment for the business date, and every node against the same database takes them from the
				queue. A unit another process is running is tried again later; a unit that fails is logged and left
				for ops (ops/relance nightly --date D resumes it); a node that dies has its units recovered by
				another. Several nodes need an external database (--db-url) and a drop zone and output folder all
				of them see. See jobs/README.md (schedule file) and ops/README.md (Scheduler daemon).
				  --threads N           units this node runs at once (default: the number of cores)
				  --schedule FILE       the schedules (default <jobs>/schedule.yml)
				  --night YYYY-MM-DD    also queue the night of that date now, as a scheduled start would (a
				                        night to run on the cluster at once; queued units are not queued twice)
				""" + EngineOptions.HELP + """

				exit status: 0 stopped, 1 failed, 2 bad usage or a wrong schedule file (nothing ran)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.add("threads");
		known.add("schedule");
		known.add("night");
		arguments.checkOptions(known);
		LocalDate night = arguments.option("night").map(SchedulerCommand::night).orElse(null);
		Map<String, String> properties = EngineOptions.properties(arguments);
		arguments.option("threads").ifPresent(t -> properties.put("relance.scheduler.threads", threads(t)));
		budgetConnections(properties);
		try (ConfigurableApplicationContext engine = Engine.start(properties)) {
			RelanceProperties paths = engine.getBean(RelanceProperties.class);
			Path file = arguments.option("schedule").map(Path::of).orElse(paths.jobs().resolve("schedule.yml"));
			List<NightSchedule> schedules = ClusterScheduler.readSchedules(file, paths.zone());
			NightUnits units = engine.getBeanProvider(NightUnits.class).getIfAvailable();
			if (units == null) {
				console.err()
					.println("relance: this engine cannot run a night establishment by establishment yet"
							+ " (no NightUnits): use ops/relance nightly from cron or the systemd timer");
				return ExitCode.FAILURE;
			}
			if (night != null) {
				try {
					engine.getBean(RunDateGuard.class).check(night, false);
				}
				catch (RunDateRefusedException e) {
					throw new UsageException(e.getMessage());
				}
			}
			SchedulerSettings settings = engine.getBean(SchedulerSettings.class);
			CountDownLatch stopped = new CountDownLatch(1);
			ClusterScheduler node = ClusterScheduler.join(engine.getBean(DataSource.class), units, settings, schedules);
			// SIGTERM closes the Spring context from its shutdown hook: the node stops
			// first, while the database
			// is still there for the units finishing
			engine.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					node.close();
					stopped.countDown();
				}
			});
			node.start();
			console.out()
				.println("Scheduler node " + node.node() + " started: " + settings.threads() + " threads, schedules of "
						+ file.toAbsolutePath());
			for (NightSchedule s : schedules) {
				console.out()
					.println("  " + s.name() + ": '" + s.cron() + "' " + s.timeZone() + ", misfire "
							+ s.misfire().word() + ", runs the " + s.businessDate().word() + " date");
			}
			if (night != null) {
				console.out()
					.println("Night " + night + ": " + node.queueNight(night, units)
							+ " establishment units queued now");
			}
			console.out().println("Log: " + engine.getEnvironment().getProperty("logging.file.name"));
			console.out().println("Stop with Ctrl-C or SIGTERM (waits for the units running to end).");
			stopped.await();
			return ExitCode.OK;
		}
	}

	private static LocalDate night(String text) {
		try {
			return RunDates.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage().replace("--date", "--night"));
		}
	}

	private static String threads(String text) {
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= 64) {
				return text;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("--threads must be a whole number from 1 to 64, got '" + text + "'");
	}

	/**
	 * Each unit running holds up to four connections (its lock, its step, two for a
	 * ledger import) and Quartz needs its own for the cluster's check-ins and its queue:
	 * the pool grows with the threads unless it was set.
	 */
	private static void budgetConnections(Map<String, String> properties) {
		if (properties.containsKey("relance.db.pool-size") || System.getenv("RELANCE_DB_POOLSIZE") != null
				|| properties.containsKey("spring.datasource.hikari.maximum-pool-size")
				|| System.getenv("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE") != null) {
			return;
		}
		int threads = Integer.parseInt(properties.getOrDefault("relance.scheduler.threads", System.getenv()
			.getOrDefault("RELANCE_SCHEDULER_THREADS", String.valueOf(Runtime.getRuntime().availableProcessors()))));
		properties.put("relance.db.pool-size", String.valueOf(Math.max(10, 4 * threads + 3)));
	}

}
