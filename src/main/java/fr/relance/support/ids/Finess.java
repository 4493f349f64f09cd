package fr.relance.support.ids;

/**
 * FINESS number of an establishment: 9 characters, the last one a Luhn key over the 9
 * digits (docs/formats.md#identifiers). Corsican departments write 2A/2B in positions
 * 1-2; they count as 20 for the key.
 */
public final class Finess {

	/** Characters of a FINESS, its key included. */
	public static final int LENGTH = 9;

	private Finess() {
	}

	/** True when the text is a 9-character FINESS whose Luhn key is right. */
	public static boolean isValid(String finess) {
		if (finess == null || finess.length() != LENGTH) {
			return false;
		}
		String digits = asDigits(finess);
		if (digits == null) {
			return false;
		}
		return luhnSum(digits) % 10 == 0;
	}

	/** Appends the key to an 8-digit stem (the generator uses it). */
	public static String withKey(String stem8) {
		if (stem8.length() != 8 || asDigits(stem8 + "0") == null) {
			throw new IllegalArgumentException("FINESS stem must be 8 digits: " + stem8);
		}
		int sum = luhnSum(asDigits(stem8) + "0");
		int key = (10 - sum % 10) % 10;
		return stem8 + key;
	}

	/**
	 * Strips spaces and restores left zeros lost by a spreadsheet, so 10000017 and
	 * "010000017" compare equal.
	 */
	public static String normalise(String raw) {
		String s = raw == null ? "" : raw.strip();
		while (s.length() < 9 && !s.isEmpty() && Character.isDigit(s.charAt(0))) {
			s = "0" + s;
		}
		return s.toUpperCase();
	}

	private static String asDigits(String finess) {
		String s = finess.toUpperCase();
		if (s.startsWith("2A") || s.startsWith("2B")) {
			s = "20" + s.substring(2);
		}
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return null;
			}
		}
		return s;
	}

	private static int luhnSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum;
	}

}
