package fr.relance.scheduling.cluster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.quartz.SchedulerException;

import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.cluster.internal.NightQueue;
import fr.relance.scheduling.cluster.internal.QuartzCluster;
import fr.relance.scheduling.cluster.internal.ScheduleFileReader;

/**
 * One node of the clustered scheduler. Every node against the same PostgreSQL shares one
 * Quartz queue: a schedule fires on one node, which queues the night's units; every node
 * takes units from the queue.
 */
public final class ClusterScheduler implements AutoCloseable {

	private final QuartzCluster quartz;

	private final SchedulerSettings settings;

	private ClusterScheduler(QuartzCluster quartz, SchedulerSettings settings) {
		this.quartz = quartz;
		this.settings = settings;
	}

	/**
	 * The schedules of {@code file}; a ConfigException naming the file, line and field
	 * when one is wrong.
	 */
	public static List<NightSchedule> readSchedules(Path file, ZoneId defaultZone) {
		return ScheduleFileReader.read(file, defaultZone);
	}

	/** Joins the cluster (not started yet) and makes its schedules those given. */
	public static ClusterScheduler join(DataSource dataSource, NightUnits units, SchedulerSettings settings,
			List<NightSchedule> schedules) throws Exception {
		QuartzCluster quartz = new QuartzCluster(dataSource, units, settings);
		try {
			quartz.applySchedules(schedules);
		}
		catch (SchedulerException | RuntimeException e) {
			quartz.stop();
			throw e;
		}
		return new ClusterScheduler(quartz, settings);
	}

	/**
	 * Starts taking work: scheduled starts, queued units, units of dead nodes to recover.
	 */
	public void start() throws SchedulerException {
		quartz.start();
	}

	/**
	 * The name this node has in the cluster ({@code qrtz_scheduler_state.instance_name}).
	 */
	public String node() throws SchedulerException {
		return quartz.scheduler().getSchedulerInstanceId();
	}

	/**
	 * Queues the units of a date now, as a scheduled start would (tests, and a manual
	 * start of a date).
	 */
	public int queueNight(LocalDate runDate, NightUnits units) throws SchedulerException {
		return new NightQueue(quartz.scheduler(), settings).queue(runDate, units.prepare(runDate));
	}

	/** Takes no new unit, waits for those running to end, then leaves the cluster. */
	@Override
	public void close() {
		quartz.stop();
	}

}
