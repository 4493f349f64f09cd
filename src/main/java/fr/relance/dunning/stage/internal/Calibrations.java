package fr.relance.dunning.stage.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import fr.relance.dunning.calibration.CalibratedUplifts;
import fr.relance.dunning.calibration.Calibration;
import fr.relance.dunning.calibration.UpliftCalibrator;
import fr.relance.dunning.calibration.Uplifts;
import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.BetaPrior;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Calibrates an establishment's uplifts for a night: the scenario prior of each (step,
 * band) with observations is updated once with all of them, stored, and used; cells
 * without observations keep their prior. Observations of a step or band the scenario no
 * longer has are ignored.
 */
public final class Calibrations {

	private final UpliftCalibrator calibrator = UpliftCalibrator.withDefaultBaseRate();

	public Uplifts calibrate(Handle handle, String finess, LocalDate runDate, Scenario scenario) {
		CalibrationDao dao = handle.attach(CalibrationDao.class);
		Map<CalibratedUplifts.Cell, BetaPrior> posteriors = new HashMap<>();
		for (CalibrationDao.Observed observed : dao.outcomes(finess, runDate)) {
			ScenarioStep step = stepOf(scenario, observed.stepId());
			AmountBand band = scenario.bands()
				.stream()
				.filter((b) -> b.name().equals(observed.band()))
				.findFirst()
				.orElse(null);
			if (step == null || band == null || step.channel() == Channel.WRITE_OFF_PROPOSAL) {
				continue;
			}
			BetaPrior prior = step.prior(band);
			Calibration calibration = this.calibrator.update(prior, observed.outcomes());
			dao.store(finess, runDate, step.id(), band.name(), scenario.version(), observed.outcomes(), prior.mean(),
					calibration, calibration.posterior().alpha(), calibration.posterior().beta());
			posteriors.put(new CalibratedUplifts.Cell(step.id(), band.name()), calibration.posterior());
		}
		return posteriors.isEmpty() ? Uplifts.priors() : new CalibratedUplifts(posteriors);
	}

	private static ScenarioStep stepOf(Scenario scenario, String id) {
		return scenario.steps().stream().filter((s) -> s.id().equals(id)).findFirst().orElse(null);
	}

}
