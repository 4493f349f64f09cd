package fr.relance.dunning.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * French public holidays (jours fériés), computed rather than listed so that no year runs
 * out: eight fixed dates, Easter Monday, Ascension Thursday and Whit Monday from the
 * Gregorian Easter date, plus the Alsace-Moselle and overseas extras when asked for.
 */
public final class FrenchHolidays {

	private static final MonthDay[] FIXED = { MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.MAY, 1),
			MonthDay.of(Month.MAY, 8), MonthDay.of(Month.JULY, 14), MonthDay.of(Month.AUGUST, 15),
			MonthDay.of(Month.NOVEMBER, 1), MonthDay.of(Month.NOVEMBER, 11), MonthDay.of(Month.DECEMBER, 25) };

	private static final MonthDay SAINT_STEPHEN = MonthDay.of(Month.DECEMBER, 26);

	private FrenchHolidays() {
	}

	/** True when the date is a public holiday for a debtor of that region. */
	public static boolean isHoliday(LocalDate date, Region region, boolean overseasAbolitionDays) {
		MonthDay day = MonthDay.from(date);
		for (MonthDay fixed : FIXED) {
			if (fixed.equals(day)) {
				return true;
			}
		}
		if (region == Region.ALSACE_MOSELLE && day.equals(SAINT_STEPHEN)) {
			return true;
		}
		if (overseasAbolitionDays && day.equals(region.abolitionDay())) {
			return true;
		}
		return isEasterBased(date, region);
	}

	private static boolean isEasterBased(LocalDate date, Region region) {
		// Easter-based holidays fall between 20 March (Good Friday) and 14 June (Whit
		// Monday).
		if (date.getMonthValue() < 3 || date.getMonthValue() > 6) {
			return false;
		}
		long offset = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
		return offset == 1 || offset == 39 || offset == 50 || (offset == -2 && region == Region.ALSACE_MOSELLE);
	}

	/** Gregorian Easter Sunday (the anonymous Gregorian computus). */
	public static LocalDate easterSunday(int year) {
		int golden = year % 19;
		int century = year / 100;
		int yearOfCentury = year % 100;
		int leapCenturies = century / 4;
		int centuryRemainder = century % 4;
		int moonCorrection = (century + 8) / 25;
		int moonOrbit = (century - moonCorrection + 1) / 3;
		int epact = (19 * golden + century - leapCenturies - moonOrbit + 15) % 30;
		int quarter = yearOfCentury / 4;
		int quarterRemainder = yearOfCentury % 4;
		int weekday = (32 + 2 * centuryRemainder + 2 * quarter - epact - quarterRemainder) % 7;
		int shift = (golden + 11 * epact + 22 * weekday) / 451;
		int monthAndDay = epact + weekday - 7 * shift + 114;
		return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
	}

}
