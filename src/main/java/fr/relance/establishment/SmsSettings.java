package fr.relance.establishment;

import java.util.Optional;

/**
 * How an establishment's SMS read: the {@code sms} key of its file.
 *
 * @param senderId the alphanumeric sender the patient's phone shows (at most 11 letters,
 * digits or spaces, at least one letter), empty: its SMS stay planned and are reported
 * until it is set
 * @param paymentLink a short payment address quoted in the SMS (at most {@link #MAX_LINK}
 * characters), empty: its {@code paymentUrl} when that is short enough
 */
public record SmsSettings(Optional<String> senderId, Optional<String> paymentLink) {

	public static final SmsSettings DEFAULT = new SmsSettings(Optional.empty(), Optional.empty());

	/** Longest sender id operators accept. */
	public static final int MAX_SENDER_ID = 11;

	/**
	 * Longest payment link an SMS quotes: the templates are checked at start-up with a
	 * link this long.
	 */
	public static final int MAX_LINK = 40;

	/** The link an SMS quotes: the short one, else the payment page when it fits. */
	public Optional<String> link(String paymentUrl) {
		if (this.paymentLink.isPresent()) {
			return this.paymentLink;
		}
		return Optional.ofNullable(paymentUrl)
			.map(String::strip)
			.filter((u) -> !u.isEmpty() && u.length() <= MAX_LINK && u.chars().noneMatch(Character::isWhitespace));
	}

}
