package fr.relance.dunning.calendar;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.relance.dunning.scenario.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCalendarTests {

	private final ContactCalendar calendar = new ContactCalendar(SendingWindows.standard(), true);

	@ParameterizedTest(name = "{0} from {1} in {2} -> {3}")
	@CsvSource({
			// Tuesday inside, before, between and after the windows
			"SMS, 2026-03-10T11:15+01:00[Europe/Paris], MAINLAND, 2026-03-10T11:15+01:00[Europe/Paris]",
			"SMS, 2026-03-10T08:00+01:00[Europe/Paris], MAINLAND, 2026-03-10T10:00+01:00[Europe/Paris]",
			"CALL, 2026-03-10T13:00+01:00[Europe/Paris], MAINLAND, 2026-03-10T14:00+01:00[Europe/Paris]",
			"CALL, 2026-03-10T20:00+01:00[Europe/Paris], MAINLAND, 2026-03-11T10:00+01:00[Europe/Paris]",
			// weekend: Saturday and Friday evening go to Monday
			"SMS, 2026-03-14T12:00+01:00[Europe/Paris], MAINLAND, 2026-03-16T10:00+01:00[Europe/Paris]",
			"SMS, 2026-03-13T19:59:59+01:00[Europe/Paris], MAINLAND, 2026-03-13T19:59:59+01:00[Europe/Paris]",
			// Ascension Thursday 2026-05-14 goes to Friday
			"SMS, 2026-05-14T08:00+02:00[Europe/Paris], MAINLAND, 2026-05-15T10:00+02:00[Europe/Paris]",
			// Good Friday: allowed in Paris, not in Strasbourg, where Easter Monday
			// follows too
			"SMS, 2026-04-03T08:00+02:00[Europe/Paris], MAINLAND, 2026-04-03T10:00+02:00[Europe/Paris]",
			"SMS, 2026-04-03T08:00+02:00[Europe/Paris], ALSACE_MOSELLE, 2026-04-07T10:00+02:00[Europe/Paris]",
			// Reunion: windows apply in local time (UTC+4), 08:00 Paris is 11:00 there
			"SMS, 2026-03-10T08:00+01:00[Europe/Paris], REUNION, 2026-03-10T11:00+04:00[Indian/Reunion]",
			// letters are not restricted
			"LETTER, 2026-03-14T08:00+01:00[Europe/Paris], MAINLAND, 2026-03-14T08:00+01:00[Europe/Paris]" })
	void findsNextAllowedSendingInstant(Channel channel, ZonedDateTime from, Region region, ZonedDateTime expected) {
		ZonedDateTime next = this.calendar.nextAllowed(channel, from, region);

		assertThat(next).isEqualTo(expected);
	}

	@Test
	void windowEndIsExclusive() {
		ZonedDateTime lastSecond = ZonedDateTime.parse("2026-03-10T12:59:59+01:00[Europe/Paris]");

		assertThat(this.calendar.isAllowed(Channel.CALL, lastSecond, Region.MAINLAND)).isTrue();
		assertThat(this.calendar.isAllowed(Channel.CALL, lastSecond.plusSeconds(1), Region.MAINLAND)).isFalse();
	}

	@Test
	void neverSendsOnAnyChristmasOrSunday() {
		ZonedDateTime christmasEve = ZonedDateTime.parse("2026-12-24T21:00+01:00[Europe/Paris]");

		assertThat(this.calendar.nextAllowed(Channel.SMS, christmasEve, Region.ALSACE_MOSELLE))
			.isEqualTo(ZonedDateTime.parse("2026-12-28T10:00+01:00[Europe/Paris]"));
	}

}
