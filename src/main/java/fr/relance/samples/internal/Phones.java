package fr.relance.samples.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Patient phone numbers in the writings found in real ledgers: {@code 06 12 34 56 78},
 * {@code +33 6 12 34 56 78}, {@code 0612345678}, overseas {@code 0690 12 34 56} /
 * {@code +590 690 12 34 56}; a few landlines, a few missing. The numbers are random and
 * may be assigned to someone: never send to them through a live gateway.
 */
final class Phones {

	private static final List<Integer> METRO_06 = List.of(0, 1, 2, 4, 5, 6, 7, 8);

	private Phones() {
	}

	static String patientPhone(SplittableRandom random, Places.City city) {
		double kind = random.nextDouble();
		if (kind < 0.08) {
			return "";
		}
		if (kind < 0.14) {
			return landline(random, city);
		}
		return city.overseas() ? overseasMobile(random, city) : mobile(random);
	}

	static String landline(SplittableRandom random, Places.City city) {
		return city.landline() + " " + pairs(random, 3);
	}

	private static String mobile(SplittableRandom random) {
		// 07 numbers given to mobiles start 073 to 079; 063x and 069x are left out as
		// they hold overseas mobiles
		String start = random.nextInt(10) < 7 ? "06" + Draws.pick(random, METRO_06) : "07" + (3 + random.nextInt(7));
		String national = start + Draws.digits(random.nextInt(10_000_000), 7);
		double writing = random.nextDouble();
		if (writing < 0.65) {
			return spaced(national);
		}
		if (writing < 0.90) {
			return "+33 " + national.charAt(1) + " " + spaced(national.substring(2));
		}
		return national;
	}

	private static String overseasMobile(SplittableRandom random, Places.City city) {
		String prefix = city.overseasMobile().replace(" ", "");
		String rest = pairs(random, 3);
		if (random.nextInt(10) < 7) {
			return prefix + " " + rest;
		}
		return "+" + countryCode(city) + " " + prefix.substring(1) + " " + rest;
	}

	private static String countryCode(Places.City city) {
		return switch (city.department()) {
			case "971" -> "590";
			case "972" -> "596";
			case "973" -> "594";
			default -> "262";
		};
	}

	/** {@code count} random pairs of digits separated by spaces, e.g. "12 34 56". */
	private static String pairs(SplittableRandom random, int count) {
		StringBuilder s = new StringBuilder(count * 3);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				s.append(' ');
			}
			s.append(Draws.digits(random.nextInt(100), 2));
		}
		return s.toString();
	}

	/** "0612345678" as "06 12 34 56 78". */
	private static String spaced(String digits) {
		StringBuilder s = new StringBuilder(digits.length() * 3 / 2);
		for (int i = 0; i < digits.length(); i += 2) {
			if (i > 0) {
				s.append(' ');
			}
			s.append(digits, i, i + 2);
		}
		return s.toString();
	}

}
