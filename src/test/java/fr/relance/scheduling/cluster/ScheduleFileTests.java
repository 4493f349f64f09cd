package fr.relance.scheduling.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.NightSchedule.Misfire;
import fr.relance.support.config.ConfigException;

/**
 * {@code jobs/schedule.yml}: what it means, and errors that name the file, the line and
 * the field.
 */
class ScheduleFileTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@TempDir
	Path dir;

	@Test
	void theShippedScheduleStartsTheNightAt0230ParisForThatDay() {
		List<NightSchedule> schedules = ClusterScheduler.readSchedules(Path.of("jobs/schedule.yml"), ZoneId.of("UTC"));

		assertThat(schedules).singleElement().satisfies(s -> {
			assertThat(s.cron()).isEqualTo("0 30 2 * * ?");
			assertThat(s.timeZone()).isEqualTo(PARIS);
			assertThat(s.misfire()).isEqualTo(Misfire.FIRE_NOW);
			assertThat(s.businessDate().of(ZonedDateTime.of(2026, 11, 21, 2, 30, 0, 0, PARIS)))
				.isEqualTo(LocalDate.of(2026, 11, 21));
		});
	}

	@Test
	void optionalFieldsTakeTheEngineZoneFireNowAndTheFireDay() throws IOException {
		List<NightSchedule> schedules = ClusterScheduler.readSchedules(write("""
				schedules:
				  - name: weekdays
				    cron: "0 0 3 ? * MON-FRI"
				  - name: late
				    cron: "0 15 0 * * ?"
				    businessDate: previous-day
				    misfire: skip
				"""), PARIS);

		assertThat(schedules)
			.extracting(NightSchedule::name, NightSchedule::timeZone, NightSchedule::misfire,
					NightSchedule::businessDate, NightSchedule::line)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("weekdays", PARIS, Misfire.FIRE_NOW, BusinessDate.FIRE_DAY, 2),
					org.assertj.core.groups.Tuple.tuple("late", PARIS, Misfire.SKIP, BusinessDate.PREVIOUS_DAY, 4));
		assertThat(schedules.get(1).businessDate().of(ZonedDateTime.of(2026, 11, 21, 0, 15, 0, 0, PARIS)))
			.isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void aCronExpressionWithoutSecondsIsRefusedWithItsLineAndField() throws IOException {
		Path file = write("""
				schedules:
				  - name: nightly
				    timeZone: Europe/Paris
				    cron: "30 2 * * *"
				""");

		assertThatThrownBy(() -> ClusterScheduler.readSchedules(file, PARIS)).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith(file + " line 4, schedules[0].cron: not a Quartz cron expression")
			.hasMessageContaining("'30 2 * * *'");
	}

	@Test
	void everyOtherMistakeNamesItsLineAndField() throws IOException {
		assertRefused("""
				schedules:
				  - name: nightly
				    cron: "0 30 2 * * ?"
				    timezone: Europe/Paris
				""",
				"line 4, schedules[0].timezone: unknown key (allowed: [businessDate, cron, misfire, name, timeZone])");
		assertRefused("""
				schedules:
				  - name: nightly
				    cron: "0 30 2 * * ?"
				    timeZone: Europe/Pari
				""", "line 4, schedules[0].timeZone: not a time zone (e.g. Europe/Paris), got 'Europe/Pari'");
		assertRefused("""
				schedules:
				  - name: nightly
				    cron: "0 30 2 * * ?"
				    misfire: later
				""", "line 4, schedules[0].misfire: must be one of [fire-now, skip], got 'later'");
		assertRefused("""
				schedules:
				  - cron: "0 30 2 * * ?"
				""", "line 2, schedules[0].name: is required");
		assertRefused("""
				schedules:
				  - name: nightly
				    cron: "0 30 2 * * ?"
				  - name: nightly
				    cron: "0 30 3 * * ?"
				""", "line 4, schedules[1].name: 'nightly' is already the name of the schedule of line 2");
		assertRefused("schedules: []\n", "line 1, schedules: must be a list of at least one schedule");
		assertRefused("schedules:\n  - name: [\n", "line 3: not valid YAML");
	}

	@Test
	void aMissingFileSaysWhatItIsFor() {
		Path file = dir.resolve("schedule.yml");

		assertThatThrownBy(() -> ClusterScheduler.readSchedules(file, PARIS)).hasMessage(
				file + ": not found: the scheduler needs this file with at least one schedule (see jobs/README.md)");
	}

	private void assertRefused(String yaml, String message) throws IOException {
		Path file = write(yaml);
		assertThatThrownBy(() -> ClusterScheduler.readSchedules(file, PARIS)).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith(file + " " + message);
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(dir.resolve("schedule.yml"), yaml);
	}

}
