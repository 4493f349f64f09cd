package fr.relance.dunning;

import java.util.regex.Pattern;

/**
 * Whether a phone number as received can be used: French mobiles (06/07, including the overseas 069x and 0639
 * ranges, national or +33/+262/+269/+590/+594/+596 international form) for SMS; any French or E.164 number for calls.
 * Turning them into E.164 for the SMS gateway is the SMS output's job.
 */
final class ContactNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

	private static final Pattern MOBILE = Pattern.compile("(?:0|\\+33|0033)[67]\\d{8}|\\+(?:262|269|590|594|596)6\\d{8}");

	private static final Pattern PHONE = Pattern.compile("0[1-9]\\d{8}|\\+\\d{8,15}|00\\d{8,15}");

	private ContactNumbers() {
	}

	static boolean isMobile(String number) {
		return number != null && MOBILE.matcher(SEPARATORS.matcher(number).replaceAll("")).matches();
	}

	static boolean isPhone(String number) {
		return number != null && PHONE.matcher(SEPARATORS.matcher(number).replaceAll("")).matches();
	}

}
