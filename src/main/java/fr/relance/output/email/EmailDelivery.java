package fr.relance.output.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.SendFailedException;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import fr.relance.output.email.internal.EmailDao;
import fr.relance.output.email.internal.EmailDao.Delivery;

/**
 * Hands an establishment's registered e-mails to the SMTP server, each recorded in
 * {@code email_delivery}: accepted ({@code sent}, never sent again), refused for good by
 * the server (a 5xx answer or an address it rejects: {@code bounced}, not retried), or
 * failed for now (server down, timeout: tried again the next nights, at most
 * {@code maxAttempts} times in all, then {@code failed}). Without an SMTP server
 * ({@code spring.mail.host} unset) every message stays in its batch folder, which is then
 * the pickup folder for another mail agent ({@code pickup}). A message refused or given
 * up is reported to ops and to the establishment, with no personal data.
 */
public class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private final Jdbi jdbi;

	private final Optional<JavaMailSender> sender;

	private final int maxAttempts;

	public EmailDelivery(Jdbi jdbi, Optional<JavaMailSender> sender, int maxAttempts) {
		this.jdbi = jdbi;
		this.sender = sender;
		this.maxAttempts = maxAttempts;
	}

	public boolean smtp() {
		return this.sender.isPresent();
	}

	/** An e-mail given up tonight, with the reason in French (no address, no name). */
	public record GivenUp(long actionId, String reason) {
	}

	/** Sends what waits for the establishment; returns the e-mails given up tonight. */
	public List<GivenUp> deliver(String finess) {
		if (this.sender.isEmpty()) {
			this.jdbi.useExtension(EmailDao.class, (dao) -> dao.recordDeliveries(finess, "pickup"));
			return List.of();
		}
		List<Delivery> waiting = this.jdbi.withExtension(EmailDao.class, (dao) -> {
			dao.recordDeliveries(finess, "pending");
			return dao.toSend(finess);
		});
		List<GivenUp> givenUp = new ArrayList<>();
		for (Delivery delivery : waiting) {
			try (InputStream in = Files.newInputStream(Path.of(delivery.messageFile()))) {
				this.sender.get().send(this.sender.get().createMimeMessage(in));
				this.jdbi.useExtension(EmailDao.class, (dao) -> dao.sent(delivery.actionId()));
			}
			catch (MailException | IOException e) {
				boolean permanent = permanent(e);
				boolean last = permanent || delivery.attempts() + 1 >= this.maxAttempts;
				String status = permanent ? "bounced" : last ? "failed" : "pending";
				String error = String.valueOf(e.getMessage());
				this.jdbi.useExtension(EmailDao.class, (dao) -> dao.attemptFailed(delivery.actionId(), status,
						error.length() > 500 ? error.substring(0, 500) : error));
				log.warn("output {} e-mail of action {} not accepted by the SMTP server (attempt {}, {}): {}", finess,
						delivery.actionId(), delivery.attempts() + 1, status, e.getClass().getSimpleName());
				if (last) {
					givenUp.add(new GivenUp(delivery.actionId(),
							permanent ? "e-mail refusé par le serveur de messagerie (adresse refusée ou inexistante)"
									: "e-mail non remis après " + (delivery.attempts() + 1)
											+ " tentatives (serveur injoignable)"));
				}
			}
		}
		return givenUp;
	}

	/** A refusal the server will repeat: an address it rejects, or a 5xx answer. */
	static boolean permanent(Exception e) {
		List<Throwable> causes = new ArrayList<>();
		if (e instanceof MailSendException send) {
			causes.addAll(send.getFailedMessages().values());
		}
		causes.add(e);
		for (Throwable cause : causes) {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof SendFailedException failed
						&& ((failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0)
								|| (failed.getMessage() != null && failed.getMessage().strip().startsWith("5")))) {
					return true;
				}
			}
		}
		return false;
	}

}
