package fr.relance.dunning.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import fr.relance.dunning.scenario.BetaPrior;

/**
 * Beta-binomial update of a step's uplift prior. A payment that follows an action is only
 * partly the action's doing: comparable cases left alone pay at some base rate. So each
 * acted case counts as a success for the fraction of payments above that base rate:
 * credited = acted payments - base rate x actions (clamped to [0, actions]); the
 * posterior is Beta(alpha + credited, beta + actions - credited). The base rate itself is
 * the mean of a Beta belief updated with the control counts, so that few control cases do
 * not yield a base rate of 0 or 1.
 */
public final class UpliftCalibrator {

	private static final MathContext MC = MathContext.DECIMAL64;

	private final BetaPrior baseRatePrior;

	/**
	 * @param baseRatePrior belief about the payment rate without action, before any
	 * control case is seen
	 */
	public UpliftCalibrator(BetaPrior baseRatePrior) {
		this.baseRatePrior = baseRatePrior;
	}

	/**
	 * A weak default: about 10 % of patients pay within 30 days unprompted, worth 10
	 * observations.
	 */
	public static UpliftCalibrator withDefaultBaseRate() {
		return new UpliftCalibrator(new BetaPrior(BigDecimal.ONE, BigDecimal.valueOf(9)));
	}

	public Calibration update(BetaPrior prior, Outcomes observed) {
		BigDecimal baseRate = baseRate(observed);
		BigDecimal acted = BigDecimal.valueOf(observed.acted());
		BigDecimal credited = BigDecimal.valueOf(observed.actedPaid()).subtract(baseRate.multiply(acted, MC));
		credited = credited.max(BigDecimal.ZERO).min(acted);
		BetaPrior posterior = new BetaPrior(prior.alpha().add(credited), prior.beta().add(acted.subtract(credited)));
		return new Calibration(baseRate.setScale(BetaPrior.UPLIFT_SCALE, RoundingMode.HALF_UP),
				credited.setScale(2, RoundingMode.HALF_UP), posterior, posterior.mean());
	}

	private BigDecimal baseRate(Outcomes observed) {
		BigDecimal paid = this.baseRatePrior.alpha().add(BigDecimal.valueOf(observed.controlPaid()));
		BigDecimal all = this.baseRatePrior.weight().add(BigDecimal.valueOf(observed.control()));
		return paid.divide(all, MC);
	}

}
