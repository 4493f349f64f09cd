package fr.relance.output.sms;

import java.time.ZonedDateTime;

/**
 * One line of an SMS batch: no name, no invoice, no care detail.
 *
 * @param clientReference our reference of the message, which the gateway's delivery
 * reports quote back
 * @param to E.164 mobile number
 * @param sendAt when the gateway is to send it, in the debtor's time zone
 * @param letterReference the first letter it quotes (CPCE R124-4)
 */
public record SmsMessage(long actionId, String templateVersion, String clientReference, String to, String sender,
		String text, ZonedDateTime sendAt, String letterReference, int segments) {

	static String clientReference(long actionId) {
		return "SMS-" + actionId;
	}

}
