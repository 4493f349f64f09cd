package fr.relance.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.scheduling.internal.NightCalendarDao;

/**
 * Refuses a business date that cannot be a real night before anything runs. A date after
 * today would make every case look years older (time-barred, actions suppressed) and then
 * block every real night behind it; a date before the engine's first night has no state
 * to stand on (the first night is the earliest date up to today the job repository has
 * started a night for; on an empty database every past date is accepted, to load
 * history).
 */
@Component
public class RunDateGuard {

	private final Clock clock;

	private final Jdbi jdbi;

	RunDateGuard(Clock clock, Jdbi jdbi) {
		this.clock = clock;
		this.jdbi = jdbi;
	}

	/**
	 * @param allowFuture accept a date after today (tests and demos on fixed dates)
	 * @throws RunDateRefusedException when the date is refused
	 */
	public void check(LocalDate runDate, boolean allowFuture) {
		LocalDate today = LocalDate.now(this.clock);
		if (runDate.isAfter(today) && !allowFuture) {
			throw new RunDateRefusedException("--date " + runDate + " is after today (" + today + " in "
					+ this.clock.getZone() + "): a night cannot be run before its business date. Check the date;"
					+ " --allow-future-date runs it anyway (tests only: its decisions would block every real night"
					+ " before it)");
		}
		Optional<LocalDate> first = this.jdbi.withExtension(NightCalendarDao.class,
				(nights) -> nights.firstNight(NightlyJobConfiguration.JOB_NAME, today));
		if (first.isPresent() && runDate.isBefore(first.get())) {
			throw new RunDateRefusedException("--date " + runDate + " is before the engine's first night ("
					+ first.get() + "): this database holds no state for it. Check the date");
		}
	}

}
