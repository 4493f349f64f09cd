package fr.relance.dunning.calibration;

/**
 * What was observed for one (establishment, step, band): cases that got the action and
 * paid within 30 days or not, and comparable cases that got no action (held back, or
 * blocked by a gate unrelated to payment) and paid or not.
 */
public record Outcomes(long actedPaid, long actedUnpaid, long controlPaid, long controlUnpaid) {

	public Outcomes {
		if (actedPaid < 0 || actedUnpaid < 0 || controlPaid < 0 || controlUnpaid < 0) {
			throw new IllegalArgumentException("counts must be >= 0");
		}
	}

	public long acted() {
		return this.actedPaid + this.actedUnpaid;
	}

	public long control() {
		return this.controlPaid + this.controlUnpaid;
	}

}
