package fr.relance.output.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.EstablishmentOutput;
import fr.relance.output.OutputNight;
import fr.relance.support.config.RelanceProperties;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The reminder e-mail of the private-clinic scenario, decided by the real dunning stage
 * fifteen days after the first letter, received by an embedded SMTP server with the right
 * text and no forbidden data, exactly once; a server that cannot be reached is tried a
 * bounded number of times; without a server the message waits in the pickup folder.
 */
@EngineTest
class EmailEmissionTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate LETTER_NIGHT = LocalDate.of(2032, 3, 10);

	static final LocalDate EMAIL_NIGHT = LETTER_NIGHT.plusDays(15);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EmailTemplates templates;

	@Autowired
	RelanceProperties properties;

	World world;

	GreenMail smtp;

	@BeforeEach
	void newClinicAndMailServer() {
		world = World.clinic(jdbi, LETTER_NIGHT.minusDays(1));
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
	}

	@AfterEach
	void stopMailServer() {
		smtp.stop();
	}

	private OutputNight withSmtp(int port) {
		return withSmtp(port, new EmissionProtocol(jdbi, transactionManager));
	}

	private OutputNight withSmtp(int port, EmissionProtocol protocol) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		EmailEmitter emitter = new EmailEmitter(jdbi, templates, new EmailDelivery(jdbi, Optional.of(sender), 3),
				"relances@clinique.example", properties.out(), ZoneId.of("Europe/Paris"), LocalTime.of(8, 0));
		return new OutputNight(jdbi, transactionManager, List.of(emitter), protocol);
	}

	/**
	 * Anne, with an e-mail address, owes 1 254,56 € on two invoices; her first letter
	 * goes out on LETTER_NIGHT.
	 */
	private String emailDecided() {
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		jdbi.useHandle((h) -> h.createUpdate("UPDATE patient SET email = 'anne.martin@example.org' WHERE id = :p")
			.bind("p", anne.id())
			.execute());
		anne.invoice("F-2032-001", LETTER_NIGHT.minusDays(40))
			.issued(LETTER_NIGHT.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		anne.invoice("F-2032-002", LETTER_NIGHT.minusDays(30))
			.issued(LETTER_NIGHT.minusDays(50))
			.caredOn(CARE)
			.patientPart("20.00");
		dunning.decide(world.finess, LETTER_NIGHT);
		assertThat(output.emit(world.establishment, LETTER_NIGHT).emitted()).isEqualTo(1);
		world.ledger(EMAIL_NIGHT.minusDays(1));
		dunning.decide(world.finess, EMAIL_NIGHT);
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.reference FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.finess = :f AND a.channel = 'LETTER'""").bind("f", world.finess).mapTo(String.class).one());
	}

	private Map<String, Object> emailAction() {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.id, a.step_id, a.status, a.template_version, d.status AS delivery, d.attempts, d.message_file,
				       d.last_error, b.file_path
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				LEFT JOIN email_delivery d ON d.action_id = a.id
				LEFT JOIN output_batch b ON b.id = a.output_batch_id
				WHERE c.finess = :f AND a.channel = 'EMAIL'""").bind("f", world.finess).mapToMap().one());
	}

	@Test
	void theReminderEmailIsReceivedOnceWithItsMentionsAndNoForbiddenData() throws Exception {
		String letter = emailDecided();
		assertThat(emailAction()).containsEntry("step_id", "reminder-email").containsEntry("status", "planned");

		withSmtp(smtp.getSmtp().getPort()).emit(world.establishment, EMAIL_NIGHT);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getAllRecipients()).extracting(Address::toString).containsExactly("anne.martin@example.org");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("relances@clinique.example");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Clinique des Essais (fictive)");
		assertThat(mail.getSubject()).isEqualTo("Clinique des Essais (fictive) : rappel de notre courrier " + letter);
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(parts.getCount()).isEqualTo(2);
		String plain = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		for (String text : List.of(plain, html)) {
			assertThat(text).contains("1\u202F254,56\u00A0€", letter, "10/03/2032",
					"https://paiement.example.fr/" + world.finess, "L111-8", "Service facturation : 01 00 00 00 14");
			assertThat(text).doesNotContain("Anne", "MARTIN", "IPP-0001", "F-2032-001", "F-2032-002", "1\u202F234,56 ",
					"14/07/1961", "01/07/2026", "06 12 34 56 78");
		}
		assertThat(plain).contains("1\u202F254,56\u00A0€");
		assertThat(html).contains("<a href=\"https://paiement.example.fr/" + world.finess + "\">");
		Map<String, Object> row = emailAction();
		assertThat(row).containsEntry("status", "emitted")
			.containsEntry("delivery", "sent")
			.containsEntry("attempts", 1)
			.containsEntry("template_version", "reminder-email-2026.1");
		assertThat(Files.readString(Path.of((String) row.get("message_file"))))
			.contains("Message-ID: <EMAIL-" + row.get("id"));
		assertThat(mail.getMessageID()).isEqualTo("<EMAIL-" + row.get("id") + "." + world.finess + "@relance.invalid>");

		EstablishmentOutput again = withSmtp(smtp.getSmtp().getPort()).emit(world.establishment, EMAIL_NIGHT);
		assertThat(again.due()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aCrashBeforeTheBatchIsRegisteredSendsNothingAndTheRerunSendsItOnce() {
		emailDecided();
		int port = smtp.getSmtp().getPort();
		OutputNight killed = withSmtp(port, new EmissionProtocol(jdbi, transactionManager, (part) -> {
			throw new IllegalStateException("killed after the rename");
		}));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> killed.emit(world.establishment, EMAIL_NIGHT))
			.hasMessageContaining("killed");
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(emailAction()).containsEntry("status", "planned").containsEntry("delivery", null);

		withSmtp(port).emit(world.establishment, EMAIL_NIGHT);
		withSmtp(port).emit(world.establishment, EMAIL_NIGHT.plusDays(1));

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(emailAction()).containsEntry("delivery", "sent").containsEntry("attempts", 1);
	}

	@Test
	void aServerThatCannotBeReachedIsTriedOnTheNextNightsThenGivenUpAndReported() {
		emailDecided();
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		OutputNight unreachable = withSmtp(port);

		unreachable.emit(world.establishment, EMAIL_NIGHT);
		assertThat(emailAction()).containsEntry("status", "emitted")
			.containsEntry("delivery", "pending")
			.containsEntry("attempts", 1);
		unreachable.emit(world.establishment, EMAIL_NIGHT.plusDays(1));
		EstablishmentOutput third = unreachable.emit(world.establishment, EMAIL_NIGHT.plusDays(2));

		assertThat(emailAction()).containsEntry("delivery", "failed").containsEntry("attempts", 3);
		assertThat(third.notEmitted()).singleElement()
			.satisfies((n) -> assertThat(n.reason()).contains("non remis après 3 tentatives"));
		assertThat(third.alerts())
			.anySatisfy((a) -> assertThat(a).contains("1 e-mails refused by the SMTP server or given up"));
		unreachable.emit(world.establishment, EMAIL_NIGHT.plusDays(3));
		assertThat(emailAction()).containsEntry("attempts", 3);
	}

	@Test
	void withoutAnSmtpServerTheMessageWaitsInThePickupFolderAndOpsAreTold() throws Exception {
		emailDecided();

		EstablishmentOutput done = output.emit(world.establishment, EMAIL_NIGHT);

		Map<String, Object> row = emailAction();
		assertThat(row).containsEntry("status", "emitted").containsEntry("delivery", "pickup");
		Path message = Path.of((String) row.get("message_file"));
		assertThat(message).exists();
		assertThat(message.getParent().getParent()).isEqualTo(Path.of((String) row.get("file_path")).getParent());
		assertThat(done.alerts()).anySatisfy((a) -> assertThat(a).contains("1 e-mails left in the pickup folder")
			.contains("no SMTP server is configured (spring.mail.host)"));
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anAddressTheServerRefusesIsABounceNotRetried() {
		SendFailedException refused;
		try {
			refused = new SendFailedException("550 5.1.1 no such user", null, null,
					new Address[] { new InternetAddress("x@example.org") }, new Address[0]);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		assertThat(EmailDelivery.permanent(new MailSendException(Map.of(new Object(), refused)))).isTrue();
		assertThat(EmailDelivery.permanent(new MailSendException("Mail server connection failed",
				new jakarta.mail.MessagingException("connect timed out"))))
			.isFalse();
	}

}
