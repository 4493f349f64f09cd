package fr.relance.scheduling.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Quartz tables say about the scheduler cluster, for {@code status}: the next
 * start of each schedule, the nodes with their last check-in, the night jobs still
 * queued. Read-only, three small queries.
 *
 * @param starts every schedule's next start, soonest first (none when no scheduler ever
 * registered one)
 * @param nodes the nodes registered, with their last check-in
 * @param queuedJobs unit and consolidation jobs waiting or running
 */
public record ClusterState(List<Start> starts, List<Node> nodes, int queuedJobs) {

	/** A schedule and its next start (null when it will not fire again, or is paused). */
	public record Start(String schedule, Instant next, String state) {
	}

	/**
	 * A node: alive when it checked in within twice its interval plus Quartz's 7.5 s
	 * grace, as the cluster judges.
	 */
	public record Node(String name, Instant lastCheckIn, Duration interval, boolean alive) {
	}

	public static ClusterState read(Connection c, Instant now) throws SQLException {
		List<Start> starts = new ArrayList<>();
		try (PreparedStatement st = c.prepareStatement("SELECT trigger_name, next_fire_time, trigger_state"
				+ " FROM qrtz_triggers WHERE sched_name = 'relance' AND trigger_group = 'relance-schedules'"
				+ " ORDER BY next_fire_time NULLS LAST, trigger_name"); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				long next = rs.getLong(2);
				starts.add(new Start(rs.getString(1), rs.wasNull() || next <= 0 ? null : Instant.ofEpochMilli(next),
						rs.getString(3)));
			}
		}
		List<Node> nodes = new ArrayList<>();
		try (PreparedStatement st = c.prepareStatement("SELECT instance_name, last_checkin_time, checkin_interval"
				+ " FROM qrtz_scheduler_state WHERE sched_name = 'relance' ORDER BY instance_name");
				ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				Instant last = Instant.ofEpochMilli(rs.getLong(2));
				Duration interval = Duration.ofMillis(rs.getLong(3));
				boolean alive = last.plus(interval.multipliedBy(2)).plusMillis(7500).isAfter(now);
				nodes.add(new Node(rs.getString(1), last, interval, alive));
			}
		}
		int queued;
		try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM qrtz_job_details"
				+ " WHERE sched_name = 'relance' AND job_group = 'relance-night'"); ResultSet rs = st.executeQuery()) {
			rs.next();
			queued = rs.getInt(1);
		}
		return new ClusterState(List.copyOf(starts), List.copyOf(nodes), queued);
	}

}
