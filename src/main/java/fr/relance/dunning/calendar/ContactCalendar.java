package fr.relance.dunning.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import fr.relance.dunning.scenario.Channel;

/**
 * Answers "when may this channel next reach this debtor?". Letters, hand-overs and
 * write-off proposals are not time-restricted; SMS and calls wait for an allowed day (not
 * a weekend day outside the windows, not a public holiday of the debtor's region) and an
 * open window, in the debtor's local time.
 */
public final class ContactCalendar {

	/**
	 * A year always holds an allowed slot unless the windows are absurd; stop looking
	 * after that.
	 */
	private static final int SEARCH_DAYS = 366;

	private final SendingWindows windows;

	private final boolean overseasAbolitionDays;

	public ContactCalendar(SendingWindows windows, boolean overseasAbolitionDays) {
		this.windows = windows;
		this.overseasAbolitionDays = overseasAbolitionDays;
	}

	/** True when the channel may be used at that instant for a debtor of that region. */
	public boolean isAllowed(Channel channel, ZonedDateTime at, Region region) {
		return nextAllowed(channel, at, region).toInstant().equals(at.toInstant());
	}

	/**
	 * The first instant at or after {@code from} when the channel may be used, in the
	 * debtor's zone.
	 */
	public ZonedDateTime nextAllowed(Channel channel, ZonedDateTime from, Region region) {
		if (!channel.timeRestricted()) {
			return from;
		}
		ZonedDateTime local = from.withZoneSameInstant(region.zone());
		LocalDate date = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		for (int i = 0; i < SEARCH_DAYS; i++) {
			if (isSendingDay(date, region)) {
				for (SendingWindows.Window window : this.windows.windows()) {
					if (time.isBefore(window.end())) {
						return time.isBefore(window.start()) ? date.atTime(window.start()).atZone(region.zone())
								: local;
					}
				}
			}
			date = date.plusDays(1);
			time = LocalTime.MIDNIGHT;
		}
		throw new IllegalStateException("no sending slot within a year from " + from);
	}

	/** A weekday of the windows that is not a public holiday where the debtor lives. */
	public boolean isSendingDay(LocalDate date, Region region) {
		return this.windows.days().contains(date.getDayOfWeek())
				&& !FrenchHolidays.isHoliday(date, region, this.overseasAbolitionDays);
	}

}
