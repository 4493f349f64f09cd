package fr.relance.samples.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random draws. Each entity gets a fresh generator derived from (seed, stream,
 * indexes), so any patient or invoice can be rebuilt alone, in any order, without keeping
 * the others. Floating point is used only to shape a draw and is turned into integer
 * cents at once, with {@link StrictMath} so that every JVM gives the same bytes.
 */
final class Draws {

	/**
	 * Streams keep the patient and invoice sequences of one establishment independent.
	 */
	static final long PATIENTS = 0x5041_5449_454E_5453L;

	static final long INVOICES = 0x494E_564F_4943_4553L;

	static final long ESTABLISHMENT = 0x4553_5441_424C_4953L;

	/**
	 * Tonight's payer returns and bank transfers: drawn apart, so the ledger world is the
	 * same with or without.
	 */
	static final long RETURNS = 0x5245_5455_524E_5321L;

	/**
	 * What changes on the next night: drawn apart, so the first night stays the same.
	 */
	static final long NEXT_NIGHT = 0x4E45_5854_4E49_4748L;

	private Draws() {
	}

	/** A generator for one entity; the same arguments always give the same sequence. */
	static SplittableRandom random(long seed, long stream, long establishment, long index) {
		long h = mix(seed ^ stream);
		h = mix(h + establishment * 0x9E37_79B9_7F4A_7C15L);
		h = mix(h + index);
		return new SplittableRandom(h);
	}

	/** SplitMix64 finaliser: spreads close inputs (seed 1, seed 2) far apart. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
		return z ^ (z >>> 31);
	}

	/** True with the given probability. */
	static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * Log-normal amount in cents around {@code medianCents} (half above, half below),
	 * clamped to [min, max]. A sigma of 1 puts about 16 % of draws above 2.7 times the
	 * median: the long tail of real invoices.
	 */
	static long logNormalCents(SplittableRandom random, long medianCents, double sigma, long minCents, long maxCents) {
		double u1 = 1.0 - random.nextDouble();
		double u2 = random.nextDouble();
		double gaussian = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
		long cents = StrictMath.round(medianCents * StrictMath.exp(sigma * gaussian));
		return Math.max(minCents, Math.min(maxCents, cents));
	}

	/** Zero-padded decimal of {@code digits} digits. */
	static String digits(long value, int digits) {
		String s = Long.toString(value);
		return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
	}

}
