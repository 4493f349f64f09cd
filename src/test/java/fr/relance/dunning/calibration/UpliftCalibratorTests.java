package fr.relance.dunning.calibration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.BetaPrior;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioLoader;
import fr.relance.dunning.scenario.ScenarioStep;

import static org.assertj.core.api.Assertions.assertThat;

class UpliftCalibratorTests {

	/** Prior uplift 0.25 worth 20 observations. */
	private static final BetaPrior PRIOR = new BetaPrior(BigDecimal.valueOf(5), BigDecimal.valueOf(15));

	private final UpliftCalibrator calibrator = UpliftCalibrator.withDefaultBaseRate();

	@Test
	void keepsThePriorWithoutObservations() {
		Calibration result = this.calibrator.update(PRIOR, new Outcomes(0, 0, 0, 0));

		assertThat(result.uplift()).isEqualByComparingTo("0.2500");
		assertThat(result.baseRate()).isEqualByComparingTo("0.1000");
	}

	@Test
	void raisesUpliftWhenActionsAreFollowedByPaymentsWellAboveTheBaseRate() {
		// 60 of 100 acted cases paid; 10 of 100 untouched cases paid: base rate
		// (1+10)/(10+100) = 0.10
		Calibration result = this.calibrator.update(PRIOR, new Outcomes(60, 40, 10, 90));

		assertThat(result.baseRate()).isEqualByComparingTo("0.1000");
		assertThat(result.creditedPayments()).isEqualByComparingTo("50.00");
		// Beta(5 + 50, 15 + 50) -> 55 / 120
		assertThat(result.uplift()).isEqualByComparingTo("0.4583");
	}

	@Test
	void lowersUpliftWhenPaymentsAreFewAfterActions() {
		Calibration result = this.calibrator.update(PRIOR, new Outcomes(20, 80, 10, 90));

		// credited 20 - 0.10 x 100 = 10: Beta(15, 105) -> 0.125
		assertThat(result.uplift()).isEqualByComparingTo("0.1250");
	}

	@Test
	void creditsNothingWhenUntouchedCasesPayAsOftenAsActedOnes() {
		Calibration result = this.calibrator.update(PRIOR, new Outcomes(30, 70, 50, 50));

		// base rate 51/110 = 0.4636 > 0.30: no payment credited, Beta(5, 115)
		assertThat(result.baseRate()).isEqualByComparingTo("0.4636");
		assertThat(result.creditedPayments()).isEqualByComparingTo("0.00");
		assertThat(result.uplift()).isEqualByComparingTo("0.0417");
	}

	@Test
	void higherBaseRateGivesLowerUpliftForTheSameActedCounts() {
		Outcomes lowBase = new Outcomes(40, 60, 5, 95);
		Outcomes highBase = new Outcomes(40, 60, 25, 75);

		assertThat(this.calibrator.update(PRIOR, lowBase).uplift())
			.isGreaterThan(this.calibrator.update(PRIOR, highBase).uplift());
	}

	@Test
	void moreEvidenceMovesFurtherFromThePrior() {
		BigDecimal few = this.calibrator.update(PRIOR, new Outcomes(6, 4, 1, 9)).uplift();
		BigDecimal many = this.calibrator.update(PRIOR, new Outcomes(600, 400, 100, 900)).uplift();

		assertThat(few).isGreaterThan(new BigDecimal("0.25")).isLessThan(many);
		// base rate 101/1010 = 0.10, credited 600 - 100 = 500: Beta(505, 515) -> 0.4951,
		// near the observed 0.50
		assertThat(many).isEqualByComparingTo("0.4951");
	}

	@Test
	void calibratedUpliftsFallBackToPriorsForCellsNotCalibrated() {
		Scenario scenario = ScenarioLoader.load(Path.of("jobs/scenarios/private-clinic.yml"));
		ScenarioStep letter = scenario.step("first-letter");
		ScenarioStep sms = scenario.step("reminder-sms");
		AmountBand band = scenario.band(new BigDecimal("20.00"));
		Calibration calibrated = this.calibrator.update(letter.prior(band), new Outcomes(60, 40, 10, 90));

		Uplifts uplifts = new CalibratedUplifts(
				Map.of(new CalibratedUplifts.Cell("first-letter", band.name()), calibrated.posterior()));

		assertThat(uplifts.uplift(letter, band)).isEqualByComparingTo(calibrated.uplift());
		assertThat(uplifts.uplift(sms, band)).isEqualByComparingTo("0.0900");
	}

}
