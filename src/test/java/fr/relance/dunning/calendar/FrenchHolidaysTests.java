package fr.relance.dunning.calendar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchHolidaysTests {

	@ParameterizedTest
	@CsvSource({ "2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
			"2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22" })
	void computesGregorianEasterSunday(int year, LocalDate easter) {
		assertThat(FrenchHolidays.easterSunday(year)).isEqualTo(easter);
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource({
			// fixed dates
			"2026-01-01, MAINLAND, true", "2026-05-01, MAINLAND, true", "2026-05-08, MAINLAND, true",
			"2026-07-14, MAINLAND, true", "2026-08-15, MAINLAND, true", "2026-11-01, MAINLAND, true",
			"2026-11-11, MAINLAND, true", "2026-12-25, MAINLAND, true",
			// Easter-based, 2026 (Easter on 5 April)
			"2026-04-06, MAINLAND, true", "2026-05-14, MAINLAND, true", "2026-05-25, MAINLAND, true",
			"2026-04-05, MAINLAND, false", "2026-05-13, MAINLAND, false",
			// Alsace-Moselle: Good Friday and Saint Stephen's day, nowhere else
			"2026-04-03, ALSACE_MOSELLE, true", "2026-04-03, MAINLAND, false", "2026-12-26, ALSACE_MOSELLE, true",
			"2026-12-26, MAINLAND, false", "2027-03-26, ALSACE_MOSELLE, true",
			// overseas abolition days, when enabled
			"2026-12-20, REUNION, true", "2026-12-20, MAINLAND, false", "2026-05-22, MARTINIQUE, true",
			"2026-05-27, GUADELOUPE, true", "2026-06-10, GUYANE, true", "2026-04-27, MAYOTTE, true",
			// ordinary days
			"2026-03-10, MAINLAND, false", "2026-06-30, ALSACE_MOSELLE, false" })
	void knowsPublicHolidays(LocalDate date, Region region, boolean holiday) {
		assertThat(FrenchHolidays.isHoliday(date, region, true)).isEqualTo(holiday);
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-20, REUNION", "2026-05-22, MARTINIQUE" })
	void ignoresAbolitionDaysWhenDisabled(LocalDate date, Region region) {
		assertThat(FrenchHolidays.isHoliday(date, region, false)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "57000, ALSACE_MOSELLE", "67100, ALSACE_MOSELLE", "68200, ALSACE_MOSELLE", "75011, MAINLAND",
			"56000, MAINLAND", "97400, REUNION", "97200, MARTINIQUE", "97100, GUADELOUPE", "97300, GUYANE",
			"97600, MAYOTTE", "97500, SAINT_PIERRE_ET_MIQUELON", "'', MAINLAND" })
	void findsRegionFromPostcode(String postcode, Region region) {
		assertThat(Region.ofPostcode(postcode)).isEqualTo(region);
	}

}
