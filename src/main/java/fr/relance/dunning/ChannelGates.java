package fr.relance.dunning;

import java.time.LocalDate;

import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.ScenarioStep;
import fr.relance.support.ids.EmailAddress;
import fr.relance.support.ids.FrenchPhone;

/**
 * Whether one step's channel can be used for this debtor on the run date: contact data
 * (no address, no valid mobile, opt-out, no phone), contact limits per 30 days, a recent
 * refusal of calls, and the R124-4 rule that every contact after the first letter quotes
 * it. Returns the reason that rules the channel out, or null.
 */
final class ChannelGates {

	private static final int LIMIT_PERIOD_DAYS = 30;

	private final DunningSettings settings;

	ChannelGates(DunningSettings settings) {
		this.settings = settings;
	}

	Reason check(ScenarioStep step, CaseSnapshot snapshot, LocalDate runDate) {
		Reason missing = contactData(step.channel(), snapshot.debtor());
		if (missing != null) {
			return missing;
		}
		Reason wrong = KnownWrongContacts.check(step.channel(), snapshot);
		if (wrong != null) {
			return wrong;
		}
		if (step.index() > 0 && step.channel().collectsFromDebtor() && snapshot.firstLetter() == null) {
			return Reason.of(ReasonCode.NO_FIRST_LETTER_REFERENCE,
					"step " + step.id() + " must quote the first letter (CPCE R124-4), which has no reference yet");
		}
		return switch (step.channel()) {
			case SMS ->
				limit(snapshot, runDate, Channel.SMS, this.settings.maxSmsPer30Days(), ReasonCode.SMS_LIMIT_REACHED);
			case CALL -> calls(snapshot, runDate);
			default -> null;
		};
	}

	private static Reason contactData(Channel channel, Debtor debtor) {
		if (channel.postal() && debtor.address() == null) {
			return Reason.of(ReasonCode.NO_POSTAL_ADDRESS, "no complete postal address for a " + channel);
		}
		String refused = channel.postal() ? debtor.address().refusal() : null;
		if (refused != null) {
			return Reason.of(ReasonCode.NO_POSTAL_ADDRESS,
					"no complete postal address for a " + channel + ": " + refused);
		}
		if (channel == Channel.SMS && debtor.smsOptOut()) {
			return Reason.of(ReasonCode.SMS_OPT_OUT, "debtor opted out of SMS");
		}
		if (channel == Channel.SMS && !FrenchPhone.isMobile(debtor.mobile())) {
			return Reason.of(ReasonCode.NO_VALID_MOBILE, "no valid mobile number for an SMS");
		}
		if (channel == Channel.EMAIL && !EmailAddress.isUsable(debtor.email())) {
			return Reason.of(ReasonCode.NO_EMAIL_ADDRESS, "no usable e-mail address for an e-mail");
		}
		if (channel == Channel.CALL && !FrenchPhone.isValid(debtor.phone())) {
			return Reason.of(ReasonCode.NO_PHONE, "no phone number for a call");
		}
		return null;
	}

	private Reason calls(CaseSnapshot snapshot, LocalDate runDate) {
		int pause = this.settings.callRefusalPauseDays();
		for (ContactEvent contact : snapshot.contacts()) {
			if (contact.refused() && CaseGates.daysBetween(contact.on(), runDate) < pause) {
				return new Reason(ReasonCode.CALLS_REFUSED_RECENTLY,
						"debtor refused calls on " + contact.on() + " (pause " + pause + " days)",
						contact.on().plusDays(pause));
			}
		}
		return limit(snapshot, runDate, Channel.CALL, this.settings.maxCallsPer30Days(), ReasonCode.CALL_LIMIT_REACHED);
	}

	/**
	 * At most {@code max} outbound contacts of the channel in the 30 days ending on the
	 * run date.
	 */
	private static Reason limit(CaseSnapshot snapshot, LocalDate runDate, Channel channel, int max, ReasonCode code) {
		int count = 0;
		LocalDate oldest = null;
		for (ContactEvent contact : snapshot.contacts()) {
			if (contact.channel() == channel && contact.outbound()
					&& CaseGates.daysBetween(contact.on(), runDate) < LIMIT_PERIOD_DAYS) {
				count++;
				oldest = oldest == null || contact.on().isBefore(oldest) ? contact.on() : oldest;
			}
		}
		if (count < max) {
			return null;
		}
		return new Reason(code,
				count + " " + channel + " in the last " + LIMIT_PERIOD_DAYS + " days (limit " + max + ")",
				oldest.plusDays(LIMIT_PERIOD_DAYS));
	}

}
