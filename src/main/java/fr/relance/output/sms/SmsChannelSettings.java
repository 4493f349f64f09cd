package fr.relance.output.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.SettingException;

/**
 * The deployment's SMS settings, {@code relance.output.sms.*}.
 *
 * @param maxSegments the most segments one SMS may take (default 1, the price the
 * scenarios count); a template that could take more stops the engine at start-up
 * @param format the batch file's shape for the gateway: {@code csv} (default) or
 * {@code jsonl}
 * @param maxLateDays on a catch-up night, an SMS whose sending time passed at most this
 * many days ago takes the next allowed slot; one later than that is suppressed and
 * reported (default 3)
 */
@ConfigurationProperties("relance.output.sms")
public record SmsChannelSettings(Integer maxSegments, String format, Integer maxLateDays) {

	public SmsChannelSettings {
		maxSegments = maxSegments == null ? 1 : maxSegments;
		if (maxSegments < 1 || maxSegments > 10) {
			throw new SettingException(
					"invalid setting relance.output.sms.max-segments '" + maxSegments + "': from 1 to 10 segments");
		}
		format = format == null ? "csv" : format;
		try {
			SmsBatchFormat.of(format);
		}
		catch (IllegalArgumentException e) {
			throw new SettingException("invalid setting relance.output.sms.format '" + format + "': csv or jsonl");
		}
		maxLateDays = maxLateDays == null ? 3 : maxLateDays;
		if (maxLateDays < 0) {
			throw new SettingException("invalid setting relance.output.sms.max-late-days '" + maxLateDays
					+ "': a number of days, 0 or more");
		}
	}

	public SmsBatchFormat batchFormat() {
		return SmsBatchFormat.of(this.format);
	}

}
