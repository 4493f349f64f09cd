package fr.relance.output.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.SettingException;
import fr.relance.support.ids.EmailAddress;

/**
 * The deployment's e-mail settings, {@code relance.output.email.*}; the SMTP server
 * itself is Spring's {@code spring.mail.*} (host, port, username, password, properties).
 *
 * @param from the sender address of every e-mail (its display name is the establishment's
 * legal name)
 * @param maxAttempts an e-mail the SMTP server does not accept is tried again on the next
 * nights, at most this many times in all (default 3), then given up and reported
 */
@ConfigurationProperties("relance.output.email")
public record EmailChannelSettings(String from, Integer maxAttempts) {

	public EmailChannelSettings {
		from = from == null ? "ne-pas-repondre@relance.invalid" : from.strip();
		if (!EmailAddress.isUsable(from)) {
			throw new SettingException("invalid setting relance.output.email.from '" + from + "': an e-mail address");
		}
		maxAttempts = maxAttempts == null ? 3 : maxAttempts;
		if (maxAttempts < 1) {
			throw new SettingException(
					"invalid setting relance.output.email.max-attempts '" + maxAttempts + "': at least 1");
		}
	}

}
