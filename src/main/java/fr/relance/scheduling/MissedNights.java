package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.scheduling.internal.NightCalendarDao;

/**
 * The nights a catch-up runs: every date after the last completed night up to a given
 * day, oldest first. A night older than one dunning has already decided is refused before
 * anything runs (dunning decides nights in date order).
 */
@Component
public class MissedNights {

	private final Jdbi jdbi;

	MissedNights(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param from the first night to run; required when no night has completed yet, else
	 * at most the day after the last completed one (a gap left by it is a night to run
	 * too)
	 * @param until the last night to run
	 * @throws RunDateRefusedException when {@code from} is missing on a database with no
	 * completed night, or names a night older than one already completed or decided
	 */
	public List<LocalDate> between(Optional<LocalDate> from, LocalDate until) {
		Optional<LocalDate> completed = jdbi.withExtension(NightCalendarDao.class,
				nights -> nights.lastCompletedNight(NightlyJobConfiguration.CLOSING_JOB_NAME));
		Optional<LocalDate> decided = jdbi.withExtension(NightCalendarDao.class, NightCalendarDao::lastDecidedNight);
		if (from.isEmpty() && completed.isEmpty()) {
			throw new RunDateRefusedException(
					"no night has completed on this database yet: give --from YYYY-MM-DD," + " the first night to run");
		}
		// a night decided but not completed (a later stage failed) is resumed, not
		// skipped
		Optional<LocalDate> resumable = decided.filter(d -> completed.isEmpty() || d.isAfter(completed.get()));
		LocalDate first = from.orElseGet(() -> resumable.orElse(completed.get().plusDays(1)));
		if (completed.isPresent() && !first.isAfter(completed.get())) {
			throw new RunDateRefusedException("night " + first + " is not after the night of " + completed.get()
					+ ", already completed: a night older than one already decided cannot run (dunning decides"
					+ " nights in date order)");
		}
		if (resumable.isPresent() && first.isBefore(resumable.get())) {
			throw new RunDateRefusedException("night " + first + " is older than the night of " + resumable.get()
					+ ", already decided: a night older than one already decided cannot run (dunning decides nights"
					+ " in date order)");
		}
		List<LocalDate> nights = new ArrayList<>();
		for (LocalDate night = first; !night.isAfter(until); night = night.plusDays(1)) {
			nights.add(night);
		}
		return nights;
	}

}
