package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;

/**
 * The usual shape of a ledger amount, {@code 1234,56} or {@code 12}, read without regular
 * expressions or string copies: a million-line ledger has nine amounts a line. Anything
 * else (signs, spaces, thousands separators, errors) is left to
 * {@link fr.relance.support.money.Amounts#parse}, which gives the same value for these
 * shapes.
 */
final class PlainAmount {

	/** More digits than this could overflow the long: left to the general parser. */
	private static final int MAX_LENGTH = 15;

	private PlainAmount() {
	}

	/**
	 * Digits, then optionally the decimal mark and one or two digits, as a scale-2
	 * amount; otherwise null.
	 */
	static BigDecimal parse(String text, char decimalMark) {
		int length = text.length();
		if (length == 0 || length > MAX_LENGTH) {
			return null;
		}
		long units = 0;
		int decimals = -1;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				units = units * 10 + (c - '0');
				decimals += decimals >= 0 ? 1 : 0;
			}
			else if (c == decimalMark && decimals < 0 && i > 0 && i < length - 1) {
				decimals = 0;
			}
			else {
				return null;
			}
		}
		if (decimals > 2) {
			return null;
		}
		return BigDecimal.valueOf(decimals == 2 ? units : decimals == 1 ? units * 10 : units * 100, 2);
	}

}
