package fr.relance.output.email.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * An e-mail as an RFC 822 file: multipart/alternative with a plain-text and an HTML part,
 * UTF-8, no attachment. Its Message-ID, date and MIME boundary depend on the action and
 * the night only, so the file rendered again after a crash is the same, and the receiving
 * side can recognise a message delivered twice.
 */
public final class MessageFile {

	private static final Session SESSION = Session.getInstance(new Properties());

	private MessageFile() {
	}

	public static String messageId(long actionId, String finess) {
		return "<EMAIL-" + actionId + "." + finess + "@relance.invalid>";
	}

	public static byte[] render(long actionId, String finess, InternetAddress from, String to, String subject,
			String plain, String html, Date date) {
		try {
			MimeMessage message = new FixedIdMessage(messageId(actionId, finess));
			message.setFrom(from);
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.strip(), true));
			message.setSubject(subject, "UTF-8");
			message.setSentDate(date);
			MimeBodyPart text = new MimeBodyPart();
			text.setText(plain, "UTF-8", "plain");
			MimeBodyPart rich = new MimeBodyPart();
			rich.setText(html, "UTF-8", "html");
			message.setContent(new FixedBoundary("relance-" + actionId, text, rich));
			message.saveChanges();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("cannot render the e-mail of action " + actionId + ": " + e.getMessage(),
					e);
		}
	}

	/** The message as it was rendered, to hand to an SMTP server. */
	public static MimeMessage read(Path file, Session session) {
		try (InputStream in = Files.newInputStream(file)) {
			return new FixedIdMessage(session, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Keeps the Message-ID it was given (Jakarta Mail would draw a new one on every
	 * save).
	 */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(String id) {
			super(SESSION);
			this.id = id;
		}

		FixedIdMessage(Session session, InputStream in) throws MessagingException {
			super(session, in);
			this.id = getHeader("Message-ID", null);
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			if (this.id != null) {
				setHeader("Message-ID", this.id);
			}
		}

	}

	/** A boundary named after the action rather than drawn at random. */
	private static final class FixedBoundary extends MimeMultipart {

		FixedBoundary(String boundary, MimeBodyPart... parts) throws MessagingException {
			super("alternative");
			this.contentType = "multipart/alternative; boundary=\"" + boundary + "\"";
			for (MimeBodyPart part : parts) {
				addBodyPart(part);
			}
		}

	}

}
