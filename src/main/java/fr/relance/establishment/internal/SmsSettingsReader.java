package fr.relance.establishment.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import fr.relance.establishment.SmsSettings;
import fr.relance.support.config.YamlMap;

/** Reads the {@code sms} key of an establishment file; both parts are optional. */
final class SmsSettingsReader {

	/**
	 * What French operators accept as an alphanumeric sender: letters, digits and spaces,
	 * with a letter.
	 */
	private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

	/** A web address without spaces in plain ASCII, which every phone shows as a link. */
	private static final Pattern LINK = Pattern.compile("https?://[!-~&&[^\\[\\]{}\\\\^~|`<>\"]]+");

	private SmsSettingsReader() {
	}

	static SmsSettings read(YamlMap sms) {
		if (sms == null) {
			return SmsSettings.DEFAULT;
		}
		sms.onlyKeys("senderId", "paymentLink");
		String sender = sms.text("senderId");
		if (sender != null && !SENDER_ID.matcher(sender).matches()) {
			sms.error("senderId", "must be 1 to " + SmsSettings.MAX_SENDER_ID
					+ " letters, digits or spaces with at least one letter (what operators show as the sender), got '"
					+ sender + "'");
		}
		String link = sms.text("paymentLink");
		if (link != null) {
			link = link.strip();
			if (link.length() > SmsSettings.MAX_LINK || !LINK.matcher(link).matches()) {
				sms.error("paymentLink", "must be a short http(s) address of at most " + SmsSettings.MAX_LINK
						+ " characters without spaces, got '" + link + "'");
			}
		}
		return new SmsSettings(Optional.ofNullable(sender), Optional.ofNullable(link));
	}

}
