package fr.relance.output.email;

import java.io.UnsupportedEncodingException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.InternetAddress;

import org.jdbi.v3.core.Jdbi;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;
import fr.relance.output.DueAction;
import fr.relance.output.Emission;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.EmittedAction;
import fr.relance.output.Emitter;
import fr.relance.output.NotEmitted;
import fr.relance.output.RenderedPart;
import fr.relance.output.email.internal.EmailDao;
import fr.relance.output.email.internal.EmailDao.NightCounts;
import fr.relance.output.email.internal.EmailDao.Recipient;
import fr.relance.output.email.internal.MessageFile;
import fr.relance.support.ids.EmailAddress;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The e-mail channel: the night's e-mails of an establishment rendered once into message
 * files beside a manifest
 * ({@code <out>/<date>/email/<FINESS>/<date>-<FINESS>-emails-001.csv} and the folder of
 * the same name), registered through the {@link EmissionProtocol}, then handed to the
 * SMTP server by {@link EmailDelivery}: a message registered is delivered at most once,
 * retried a bounded number of times, and reported when refused or given up.
 */
public class EmailEmitter implements Emitter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] MANIFEST = { "sequence", "reference_envoi", "message_id", "reference_courrier",
			"modele" };

	private final Jdbi jdbi;

	private final EmailTemplates templates;

	private final EmailDelivery delivery;

	private final String from;

	private final Path out;

	private final ZoneId zone;

	private final LocalTime releaseTime;

	public EmailEmitter(Jdbi jdbi, EmailTemplates templates, EmailDelivery delivery, String from, Path out, ZoneId zone,
			LocalTime releaseTime) {
		this.jdbi = jdbi;
		this.templates = templates;
		this.delivery = delivery;
		this.from = from;
		this.out = out;
		this.zone = zone;
		this.releaseTime = releaseTime;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.EMAIL);
	}

	private record Rendered(long actionId, String reference, String letterReference, String version, byte[] bytes) {
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		Map<Long, Recipient> recipients = new HashMap<>();
		if (!due.isEmpty()) {
			this.jdbi.useExtension(EmailDao.class, (dao) -> dao.recipients(due.stream().map(DueAction::id).toList())
				.forEach((r) -> recipients.put(r.actionId(), r)));
		}
		List<Rendered> messages = new ArrayList<>();
		List<NotEmitted> refused = new ArrayList<>();
		Date sentDate = Date.from(night.atTime(this.releaseTime).atZone(this.zone).toInstant());
		for (DueAction action : due) {
			Recipient recipient = recipients.get(action.id());
			Optional<EmailRefusal> cannot = check(establishment, action, recipient);
			if (cannot.isPresent()) {
				refused.add(new NotEmitted(finess, reference(action), action.stepId(), cannot.get().messageFr()));
				continue;
			}
			EmailTemplate template = this.templates.forStep(action.stepId()).orElseThrow();
			Map<EmailField, String> values = fields(establishment, action, recipient);
			byte[] bytes = MessageFile.render(action.id(), finess, sender(establishment), recipient.email(),
					template.subject(values), template.plain(values), template.html(values), sentDate);
			messages
				.add(new Rendered(action.id(), reference(action), action.quotesReference(), template.version(), bytes));
		}
		List<Path> written = new ArrayList<>();
		if (!messages.isEmpty()) {
			int sequence = protocol.registered(finess, BatchKind.EMAIL, night).parts() + 1;
			Path manifest = file(finess, night, sequence);
			BatchPart part = new BatchPart(finess, BatchKind.EMAIL, night, sequence, manifest, List.of());
			protocol.publish(part, (stream) -> {
				Map<Path, byte[]> files = new LinkedHashMap<>();
				try (EstablishmentCsv csv = EstablishmentCsv.into(stream, MANIFEST)) {
					int n = 0;
					for (Rendered m : messages) {
						csv.row(++n, m.reference(), MessageFile.messageId(m.actionId(), finess), m.letterReference(),
								m.version());
						files.put(folder(manifest).resolve(m.reference() + ".eml"), m.bytes());
					}
					csv.commit();
				}
				return new RenderedPart(
						messages.stream().map((m) -> new EmittedAction(m.actionId(), m.version(), 0, 0)).toList(), 0,
						files);
			});
			written.add(manifest);
		}
		List<EmailDelivery.GivenUp> givenUp = this.delivery.deliver(finess);
		givenUp.forEach((g) -> refused.add(new NotEmitted(finess, "EMAIL-" + g.actionId(), "e-mail", g.reason())));
		NightCounts counts = this.jdbi.withExtension(EmailDao.class, (dao) -> dao.night(finess, night));
		List<String> alerts = new ArrayList<>();
		if (counts.pickup() > 0) {
			alerts.add(counts.pickup() + " e-mails left in the pickup folder "
					+ folder(file(finess, night, 1)).getParent() + ": no SMTP server is configured (spring.mail.host)");
		}
		if (!givenUp.isEmpty()) {
			alerts.add(givenUp.size() + " e-mails refused by the SMTP server or given up (email_delivery)");
		}
		return new Emission(due.size(), (int) counts.emitted(), 0, refused, written, alerts,
				Map.of("emailMessages", counts.emitted(), "emailSent", counts.sent(), "emailPickup", counts.pickup(),
						"emailBounced", counts.bounced(), "emailFailed", counts.failed()));
	}

	Path file(String finess, LocalDate night, int sequence) {
		return this.out.resolve(night.toString())
			.resolve("email")
			.resolve(finess)
			.resolve(String.format("%s-%s-emails-%03d.csv", night, finess, sequence));
	}

	/** The message files of a manifest: the folder of the same name. */
	static Path folder(Path manifest) {
		String name = manifest.getFileName().toString();
		return manifest.resolveSibling(name.substring(0, name.length() - ".csv".length()));
	}

	private static String reference(DueAction action) {
		return "EMAIL-" + action.id();
	}

	private Optional<EmailRefusal> check(Establishment establishment, DueAction action, Recipient recipient) {
		if (this.templates.forStep(action.stepId()).isEmpty()) {
			return Optional.of(EmailRefusal.NO_TEMPLATE);
		}
		if (!EmailAddress.isUsable(recipient.email())) {
			return Optional.of(EmailRefusal.NO_ADDRESS);
		}
		if (establishment.paymentUrl() == null || establishment.paymentUrl().isBlank()) {
			return Optional.of(EmailRefusal.NO_PAYMENT_LINK);
		}
		if (action.quotesReference() == null || recipient.quotedOn() == null) {
			return Optional.of(EmailRefusal.NO_FIRST_LETTER);
		}
		if (recipient.owed().signum() <= 0) {
			return Optional.of(EmailRefusal.NOTHING_OWED);
		}
		return Optional.empty();
	}

	private InternetAddress sender(Establishment establishment) {
		try {
			return new InternetAddress(this.from, establishment.legalName(), "UTF-8");
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<EmailField, String> fields(Establishment establishment, DueAction action, Recipient recipient) {
		Map<EmailField, String> values = new EnumMap<>(EmailField.class);
		values.put(EmailField.ETABLISSEMENT, establishment.legalName());
		values.put(EmailField.REFERENCE, action.quotesReference());
		values.put(EmailField.DATE, DATE.format(recipient.quotedOn()));
		values.put(EmailField.LIEN, establishment.paymentUrl().strip());
		values.put(EmailField.MONTANT, Amounts.french(recipient.owed().setScale(2, RoundingMode.HALF_UP)));
		values.put(EmailField.CONTACT, establishment.patientContact() == null ? "" : establishment.patientContact());
		return values;
	}

}
