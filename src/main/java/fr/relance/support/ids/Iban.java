package fr.relance.support.ids;

import java.math.BigInteger;
import java.util.Locale;

/** IBAN check (ISO 13616 mod 97), for the creditor accounts printed on letters. */
public final class Iban {

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private Iban() {
	}

	/** Without spaces, upper case. */
	public static String compact(String iban) {
		return iban.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String iban) {
		String s = compact(iban);
		if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
			return false;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : (s.substring(4) + s.substring(0, 4)).toCharArray()) {
			digits.append(Character.digit(c, 36));
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
	}

}
