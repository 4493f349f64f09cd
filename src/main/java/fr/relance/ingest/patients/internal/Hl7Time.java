package fr.relance.ingest.patients.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 v2 dates and times ({@code YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]}). A time without
 * an offset is the establishment's local time (the business zone).
 */
final class Hl7Time {

	private static final Pattern SHAPE = Pattern
		.compile("(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.\\d{1,4})?([+-]\\d{4})?");

	private Hl7Time() {
	}

	/** The instant, or null when the text is not an HL7 time. */
	static OffsetDateTime instant(String text, ZoneId zone) {
		Matcher m = text == null ? null : SHAPE.matcher(text.strip());
		if (m == null || !m.matches()) {
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.of(number(m.group(1), 0), number(m.group(2), 1), number(m.group(3), 1),
					number(m.group(4), 0), number(m.group(5), 0), number(m.group(6), 0));
			if (m.group(7) != null) {
				return local.atOffset(ZoneOffset.of(m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)));
			}
			return local.atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** The date of an HL7 time, or null when the text is not one. */
	static LocalDate date(String text, ZoneId zone) {
		OffsetDateTime at = instant(text, zone);
		return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
	}

	private static int number(String digits, int absent) {
		return digits == null ? absent : Integer.parseInt(digits);
	}

}
