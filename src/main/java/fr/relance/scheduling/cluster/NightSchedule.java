package fr.relance.scheduling.cluster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One schedule of {@code jobs/schedule.yml}: when nights start and which business date a
 * start runs.
 *
 * @param name the schedule's name, unique in the file (the Quartz trigger's name)
 * @param cron the Quartz cron expression (seconds first: {@code 0 30 2 * * ?} is 02:30
 * every day)
 * @param timeZone the zone the cron expression is read in
 * @param misfire what a start missed while no scheduler ran does once one runs again
 * @param businessDate which date a start runs
 * @param line the line of the schedule in its file, for messages
 */
public record NightSchedule(String name, String cron, ZoneId timeZone, Misfire misfire, BusinessDate businessDate,
		int line) {

	/**
	 * A start missed (every node down, or all threads busy past the misfire threshold).
	 */
	public enum Misfire {

		/**
		 * runs once as soon as a node is up, for the day it then fires (Quartz
		 * reschedules the start to that moment)
		 */
		FIRE_NOW("fire-now"),
		/**
		 * forgets the missed start: the next scheduled one runs (ops run the missed date
		 * with nightly or catch-up)
		 */
		SKIP("skip");

		private final String word;

		Misfire(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

	}

	/**
	 * Which business date a start runs, from the time it was scheduled for (a start late
	 * within the misfire threshold keeps its day).
	 */
	public enum BusinessDate {

		/**
		 * the day of the scheduled time in the schedule's zone: what {@code nightly}
		 * without --date runs then
		 */
		FIRE_DAY("fire-day", 0),
		/**
		 * the day before it: for a schedule after midnight that closes the previous day
		 */
		PREVIOUS_DAY("previous-day", 1);

		private final String word;

		private final int daysBack;

		BusinessDate(String word, int daysBack) {
			this.word = word;
			this.daysBack = daysBack;
		}

		public String word() {
			return word;
		}

		public LocalDate of(ZonedDateTime scheduledFire) {
			return scheduledFire.toLocalDate().minusDays(daysBack);
		}

	}

}
