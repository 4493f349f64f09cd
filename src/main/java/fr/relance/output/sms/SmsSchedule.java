package fr.relance.output.sms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.calendar.Region;
import fr.relance.dunning.scenario.Channel;

/**
 * When an SMS is to be sent. Its decision gave the first allowed instant
 * ({@code not_before}, in the debtor's time zone and hours); on a night that catches up
 * missed ones, that instant may be past by the time the batch leaves, so it takes the
 * next allowed slot from the night's release time, unless it is more than
 * {@code maxLateDays} days late: a reminder that stale (quoting a letter about a balance
 * that has moved since) is suppressed, not sent. Depends on the night and the stored
 * instant only, so a rerun schedules the same times.
 */
public final class SmsSchedule {

	private final ContactCalendar calendar;

	private final LocalTime releaseTime;

	private final int maxLateDays;

	public SmsSchedule(ContactCalendar calendar, LocalTime releaseTime, int maxLateDays) {
		this.calendar = calendar;
		this.releaseTime = releaseTime;
		this.maxLateDays = maxLateDays;
	}

	/**
	 * @param at the send time, in the debtor's zone (null when suppressed)
	 * @param daysLate days between the planned send date and the night (0 when on time)
	 */
	public record Slot(ZonedDateTime at, long daysLate) {

		public boolean suppressed() {
			return this.at == null;
		}

		public boolean caughtUp() {
			return this.at != null && this.daysLate > 0;
		}

	}

	public Slot of(OffsetDateTime notBefore, LocalDate night, String postcode) {
		Region region = Region.ofPostcode(postcode);
		ZonedDateTime earliest = night.atTime(this.releaseTime).atZone(region.zone());
		if (notBefore == null) {
			return new Slot(this.calendar.nextAllowed(Channel.SMS, earliest, region), 0);
		}
		ZonedDateTime planned = notBefore.atZoneSameInstant(region.zone());
		if (!planned.isBefore(earliest)) {
			return new Slot(this.calendar.nextAllowed(Channel.SMS, planned, region), 0);
		}
		long late = Math.max(1, ChronoUnit.DAYS.between(planned.toLocalDate(), night));
		if (late > this.maxLateDays) {
			return new Slot(null, late);
		}
		return new Slot(this.calendar.nextAllowed(Channel.SMS, earliest, region), late);
	}

	public int maxLateDays() {
		return this.maxLateDays;
	}

}
