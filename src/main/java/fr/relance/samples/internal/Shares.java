package fr.relance.samples.internal;

import java.util.SplittableRandom;

/**
 * The split of an invoice in cents between AMO, AMC and patient; the total is their sum,
 * so it always adds up. Shapes (docs/domain.md#who-pays): the AMO pays most of the bill;
 * the AMC, when the patient has one, a smaller part; the patient's own share is mostly
 * small (forfaits, ticket modérateur: median about 9 EUR, about 80 % under 20 EUR) with a
 * long tail (private room, fee overruns: a few hundred to several thousand EUR).
 */
record Shares(long amo, long amc, long patient) {

	static Shares draw(SplittableRandom random, boolean hasAmc) {
		// a few bills are not covered by the AMO at all (non reimbursed care)
		boolean noAmo = Draws.chance(random, 0.02);
		long amo = noAmo ? 0 : Draws.logNormalCents(random, 9_000, 1.3, 500, 8_000_000);
		long amc = hasAmc ? Draws.logNormalCents(random, 2_500, 1.0, 100, 300_000) : 0;
		long patient;
		// full third-party payment leaves nothing to the patient
		if (hasAmc && !noAmo && Draws.chance(random, 0.12)) {
			patient = 0;
		}
		else if (Draws.chance(random, 0.92)) {
			patient = Draws.logNormalCents(random, 900, 0.9, 100, 200_000);
		}
		else {
			patient = Draws.logNormalCents(random, 25_000, 1.0, 2_000, 600_000);
		}
		return new Shares(amo, amc, patient);
	}

}
