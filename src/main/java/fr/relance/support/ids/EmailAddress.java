package fr.relance.support.ids;

import java.util.regex.Pattern;

/**
 * An e-mail address the engine may write to: one {@code local@domain.tld} in plain ASCII,
 * no spaces, no list. Not a full RFC 5322 parser: an address a ledger holds is typed by a
 * person, and a doubtful one is better not used.
 */
public final class EmailAddress {

	private static final Pattern USABLE = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

	private EmailAddress() {
	}

	public static boolean isUsable(String address) {
		return address != null && address.length() <= 254 && USABLE.matcher(address.strip()).matches()
				&& !address.strip().startsWith(".") && !address.contains("..");
	}

	/** For logs: {@code a***@example.fr}. */
	public static String masked(String address) {
		if (address == null || address.indexOf('@') < 1) {
			return Masking.full(address);
		}
		int at = address.indexOf('@');
		return address.charAt(0) + "***" + address.substring(at);
	}

}
