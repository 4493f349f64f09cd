package fr.relance.support.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The business date of a run: given explicitly, or today in the business zone. */
public final class RunDates {

	private RunDates() {
	}

	public static LocalDate today(ZoneId zone) {
		return LocalDate.now(Clock.system(zone));
	}

	/** Parses {@code YYYY-MM-DD}; the message is meant for the command line. */
	public static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--date must be YYYY-MM-DD, got '" + text + "'");
		}
	}

}
