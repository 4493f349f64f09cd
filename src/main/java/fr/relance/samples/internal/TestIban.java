package fr.relance.samples.internal;

import java.math.BigInteger;

/**
 * French IBANs that are syntactically valid (RIB key and ISO 13616 mod-97 check both
 * right) yet obviously test accounts: bank code 99999 and an account number starting with
 * the letters TEST.
 */
final class TestIban {

	static final String BANK = "99999";

	static final String BRANCH = "00001";

	static final String BIC = "TESTFRPPXXX";

	private TestIban() {
	}

	/**
	 * IBAN for a 7-digit account suffix, e.g. {@code FR76 9999 9000 01TE ST00 1234 5xx}.
	 */
	static String forAccount(String sevenDigits) {
		String account = "TEST" + sevenDigits;
		String bban = BANK + BRANCH + account + Draws.digits(ribKey(BANK, BRANCH, account), 2);
		int check = 98 - mod97(numeric(bban + "FR00"));
		return "FR" + Draws.digits(check, 2) + bban;
	}

	/**
	 * French RIB key: 97 - (89 x bank + 15 x branch + 3 x account) mod 97, letters mapped
	 * to digits first.
	 */
	static int ribKey(String bank, String branch, String account) {
		long b = Long.parseLong(ribDigits(bank));
		long g = Long.parseLong(ribDigits(branch));
		long a = Long.parseLong(ribDigits(account));
		return (int) (97 - (89 * b + 15 * g + 3 * a) % 97);
	}

	/** RIB letter values: A-I are 1-9, J-R are 1-9, S-Z are 2-9. */
	private static String ribDigits(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (Character.isDigit(c)) {
				s.append(c);
			}
			else if (c <= 'I') {
				s.append(c - 'A' + 1);
			}
			else if (c <= 'R') {
				s.append(c - 'J' + 1);
			}
			else {
				s.append(c - 'S' + 2);
			}
		}
		return s.toString();
	}

	/** ISO 13616: letters become 10 (A) to 35 (Z). */
	private static String numeric(String text) {
		StringBuilder s = new StringBuilder(text.length() * 2);
		for (char c : text.toCharArray()) {
			s.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return s.toString();
	}

	private static int mod97(String digits) {
		return new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
	}

}
