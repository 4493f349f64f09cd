package fr.relance.support.ids;

import java.util.List;

/**
 * French telephone numbers as establishments type them ({@code 06 12 34 56 78},
 * {@code 06.12.34.56.78}, {@code +33 6 12 34 56 78}, {@code 0033612345678},
 * {@code 0690 12 34 56}, {@code +590 690 12 34 56}) checked and converted to E.164 for
 * the SMS gateway. Overseas departments share the French 10-digit plan but have their own
 * country codes, told apart by the first digits of the national number: sending
 * {@code +33 690...} would fail. Checked against libphonenumber's numbering metadata in
 * the tests ({@code FrenchPhoneReferenceTests}); not called at run time, where it costs
 * tens of microseconds a number against a few instructions here, for every ledger line.
 */
public final class FrenchPhone {

	/**
	 * What people type between digits: white space, . - / ( ) and the no-break spaces of
	 * word processors.
	 */
	private static final String SEPARATORS = " \t\n\u000B\f\r.-/()\u00A0\u202F";

	/**
	 * Overseas prefixes of the national number (without the leading 0), their country
	 * code, and if mobile.
	 */
	private record Overseas(String prefix, String countryCode, boolean mobile) {
	}

	private static final List<Overseas> OVERSEAS = List.of(new Overseas("590", "590", false),
			new Overseas("690", "590", true), new Overseas("691", "590", true), new Overseas("594", "594", false),
			new Overseas("694", "594", true), new Overseas("596", "596", false), new Overseas("696", "596", true),
			new Overseas("697", "596", true), new Overseas("262", "262", false), new Overseas("263", "262", false),
			new Overseas("692", "262", true), new Overseas("693", "262", true), new Overseas("269", "262", false),
			new Overseas("639", "262", true),
			// the 07 09 mobile blocks given to the overseas departments (the rest of 07
			// is metropolitan)
			new Overseas("70900", "590", true), new Overseas("70901", "590", true), new Overseas("70902", "590", true),
			new Overseas("70903", "590", true), new Overseas("70904", "590", true), new Overseas("70910", "596", true),
			new Overseas("70911", "596", true), new Overseas("70912", "596", true), new Overseas("70913", "596", true),
			new Overseas("70920", "262", true), new Overseas("70921", "262", true), new Overseas("70922", "262", true),
			new Overseas("70923", "262", true), new Overseas("70930", "594", true), new Overseas("70931", "594", true),
			new Overseas("70932", "594", true), new Overseas("70933", "594", true), new Overseas("70935", "262", true),
			new Overseas("70936", "262", true), new Overseas("70937", "262", true));

	private static final List<String> COUNTRY_CODES = List.of("33", "590", "594", "596", "262");

	private FrenchPhone() {
	}

	/**
	 * True when the text is a French (metropolitan or overseas) number in one of the
	 * accepted writings.
	 */
	public static boolean isValid(String phone) {
		return parse(phone) != null;
	}

	/**
	 * True for a valid mobile number (metropolitan 06/07, overseas 0690, 0694, 0696,
	 * 0692, 0639...).
	 */
	public static boolean isMobile(String phone) {
		Parsed parsed = parse(phone);
		if (parsed == null) {
			return false;
		}
		Overseas overseas = overseas(parsed.national());
		return overseas != null ? overseas.mobile()
				: parsed.national().charAt(0) == '6' || parsed.national().charAt(0) == '7';
	}

	/**
	 * E.164 form, {@code +33612345678} or {@code +590690123456}.
	 * @throws IllegalArgumentException when the number is not valid
	 */
	public static String toE164(String phone) {
		Parsed parsed = parse(phone);
		if (parsed == null) {
			throw new IllegalArgumentException("not a French phone number: " + Masking.full(phone));
		}
		return "+" + parsed.countryCode() + parsed.national();
	}

	/**
	 * National significant number (9 digits, no leading 0) and the country code it
	 * belongs to.
	 */
	private record Parsed(String countryCode, String national) {
	}

	private static Parsed parse(String phone) {
		String s = compact(phone);
		if (s == null) {
			return null;
		}
		if (s.startsWith("+")) {
			String given = COUNTRY_CODES.stream().filter(code -> s.startsWith(code, 1)).findFirst().orElse(null);
			return given == null ? null : national(given, s.substring(1 + given.length()));
		}
		if (s.length() == 10 && s.charAt(0) == '0') {
			return national(null, s.substring(1));
		}
		return null;
	}

	private static Parsed national(String given, String rest) {
		if (rest.length() != 9 || !rest.chars().allMatch(Character::isDigit) || rest.charAt(0) == '0') {
			return null;
		}
		Overseas overseas = overseas(rest);
		String expected = overseas == null ? "33" : overseas.countryCode();
		if (given != null && !given.equals(expected)) {
			return null;
		}
		return new Parsed(expected, rest);
	}

	private static Overseas overseas(String national) {
		for (Overseas o : OVERSEAS) {
			if (national.startsWith(o.prefix())) {
				return o;
			}
		}
		return null;
	}

	/**
	 * Drops the usual separators and a trunk "(0)" after the country code; null for blank
	 * or stray characters (one leading + and digits must remain). A loop, not a regular
	 * expression: every ledger line has a phone.
	 */
	private static String compact(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String text = phone.replace("(0)", "");
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' || c == '+' && kept.isEmpty()) {
				kept.append(c);
			}
			else if (SEPARATORS.indexOf(c) < 0) {
				return null;
			}
		}
		if (kept.isEmpty() || kept.charAt(kept.length() - 1) == '+') {
			return null;
		}
		String s = kept.toString();
		return s.startsWith("00") ? "+" + s.substring(2) : s;
	}

}
