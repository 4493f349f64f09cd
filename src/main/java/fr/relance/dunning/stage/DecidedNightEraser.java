package fr.relance.dunning.stage;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.dunning.stage.internal.ForgetNightDao;

/**
 * Removes the dunning decisions of a night run by mistake (a wrong {@code --date}): its
 * decisions, planned actions, passed-over steps, calibration and night marks go; the
 * actions it suppressed are planned again, the cases it closed are open again, the cases
 * it opened are gone. The nights before it are as they were, so they can be decided
 * again.
 */
@Component
public class DecidedNightEraser {

	private final Jdbi jdbi;

	DecidedNightEraser(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * In the caller's transaction.
	 * @return the number of establishments whose night was removed
	 * @throws IllegalStateException when a later night was decided on top of it, or one
	 * of its actions was emitted
	 */
	public int erase(LocalDate night) {
		return this.jdbi.withExtension(ForgetNightDao.class, (dao) -> {
			if (dao.laterNights(night) > 0) {
				throw new IllegalStateException(
						"nights after " + night + " were decided on top of it: remove the" + " latest night first");
			}
			long emitted = dao.emittedActions(night);
			if (emitted > 0) {
				throw new IllegalStateException(emitted + " actions of " + night + " were already emitted (sent):"
						+ " they cannot be taken back, the night is kept");
			}
			dao.deleteActions(night);
			dao.deleteStepsPassed(night);
			dao.replanSuppressed(night);
			dao.deleteDecisions(night);
			dao.deleteOpenedCases(night);
			dao.reopenClosedCases(night);
			dao.repointCases();
			dao.deleteCalibration(night);
			return dao.deleteRuns(night);
		});
	}

}
