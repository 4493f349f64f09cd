package fr.relance.scheduling.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.ConfigException;

/**
 * Settings of the clustered scheduler ({@code relance.scheduler.*}).
 *
 * @param threads units this process runs at once (Quartz thread pool); default the number
 * of cores
 * @param checkinInterval how often a node tells the others it is alive; a node silent for
 * about this plus 7.5 s is taken as dead and its running units are re-fired on another
 * node (default 10s)
 * @param busyRetry how long a unit another process is running waits before it is tried
 * again (default 2m)
 * @param consolidationPoll how often the consolidation job asks whether every unit of the
 * date has ended (default 30s)
 * @param misfireThreshold how late a start may fire before it counts as missed and its
 * schedule's misfire policy decides (default 1m)
 */
@ConfigurationProperties("relance.scheduler")
public record SchedulerSettings(Integer threads, Duration checkinInterval, Duration busyRetry,
		Duration consolidationPoll, Duration misfireThreshold) {

	public SchedulerSettings {
		threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
		checkinInterval = checkinInterval == null ? Duration.ofSeconds(10) : checkinInterval;
		busyRetry = busyRetry == null ? Duration.ofMinutes(2) : busyRetry;
		consolidationPoll = consolidationPoll == null ? Duration.ofSeconds(30) : consolidationPoll;
		misfireThreshold = misfireThreshold == null ? Duration.ofMinutes(1) : misfireThreshold;
		if (threads < 1 || threads > 64) {
			throw new ConfigException("relance.scheduler.threads (--threads) must be from 1 to 64, got " + threads);
		}
		positive("checkin-interval", checkinInterval);
		positive("busy-retry", busyRetry);
		positive("consolidation-poll", consolidationPoll);
		positive("misfire-threshold", misfireThreshold);
	}

	private static void positive(String key, Duration value) {
		if (value.toMillis() < 100) {
			throw new ConfigException("relance.scheduler." + key + " must be at least 100ms, got " + value);
		}
	}

}
