package fr.relance.output.sms;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
import fr.relance.output.sms.internal.SmsDao;
import fr.relance.output.sms.internal.SmsDao.NightTotals;
import fr.relance.output.sms.internal.SmsDao.Recipient;
import fr.relance.support.db.Transactions;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.money.Amounts;

/**
 * The SMS channel: one batch file per establishment and night for its SMS gateway, each
 * message in the GSM-7 alphabet within the segment cap, at the time its decision allows
 * (or the next slot on a catch-up night), quoting the first letter and a short payment
 * link. Through the {@link EmissionProtocol}: a message is in exactly one registered
 * batch, and a rerun of the night writes none of them again. Each action's {@code pages}
 * keeps its segments, so the night's totals are read back from the database whatever
 * attempt wrote them.
 */
public class SmsEmitter implements Emitter {

	private static final Logger log = LoggerFactory.getLogger(SmsEmitter.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Jdbi jdbi;

	private final TransactionTemplate ownTransaction;

	private final SmsTemplates templates;

	private final SmsSchedule schedule;

	private final SmsBatchFormat format;

	private final Path out;

	private final int maxSegments;

	public SmsEmitter(Jdbi jdbi, PlatformTransactionManager transactionManager, SmsTemplates templates,
			SmsSchedule schedule, SmsBatchFormat format, Path out, int maxSegments) {
		this.jdbi = jdbi;
		this.ownTransaction = Transactions.requiresNew(transactionManager);
		this.templates = templates;
		this.schedule = schedule;
		this.format = format;
		this.out = out;
		this.maxSegments = maxSegments;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.SMS);
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		Map<Long, Recipient> recipients = new HashMap<>();
		if (!due.isEmpty()) {
			this.jdbi.useExtension(SmsDao.class, (dao) -> dao.recipients(due.stream().map(DueAction::id).toList())
				.forEach((r) -> recipients.put(r.actionId(), r)));
		}
		List<SmsMessage> messages = new ArrayList<>();
		List<NotEmitted> refused = new ArrayList<>();
		List<Long> tooLate = new ArrayList<>();
		for (DueAction action : due) {
			Recipient recipient = recipients.get(action.id());
			SmsSchedule.Slot slot = this.schedule.of(recipient.notBefore(), night, recipient.postcode());
			if (slot.suppressed()) {
				tooLate.add(action.id());
				refused.add(refusal(finess, action, SmsRefusal.TOO_LATE, slot.daysLate() + " jours de retard, plus de "
						+ this.schedule.maxLateDays() + " (relance.output.sms.max-late-days)"));
				continue;
			}
			Optional<SmsRefusal> cannot = check(establishment, action, recipient);
			if (cannot.isPresent()) {
				refused.add(refusal(finess, action, cannot.get(), null));
				continue;
			}
			SmsTemplate template = this.templates.forStep(action.stepId()).orElseThrow();
			String text = template.render(fields(establishment, action, recipient));
			int segments = Gsm7.count(text).segments();
			if (segments > this.maxSegments) {
				refused.add(refusal(finess, action, SmsRefusal.TOO_LONG, segments + " > " + this.maxSegments));
				continue;
			}
			messages.add(new SmsMessage(action.id(), template.version(), SmsMessage.clientReference(action.id()),
					FrenchPhone.toE164(recipient.phone()), establishment.sms().senderId().orElseThrow(), text,
					slot.at(), action.quotesReference(), segments));
		}
		if (!tooLate.isEmpty()) {
			int suppressed = this.ownTransaction.execute((status) -> this.jdbi.withExtension(SmsDao.class, (dao) -> {
				int done = dao.suppress(tooLate,
						SmsRefusal.TOO_LATE.messageFr() + " (plus de " + this.schedule.maxLateDays() + " jours)");
				dao.passOver(tooLate, night);
				return done;
			}));
			log.info("output {} sms: {} messages suppressed, over {} days late", finess, suppressed,
					this.schedule.maxLateDays());
		}
		List<Path> written = new ArrayList<>();
		if (!messages.isEmpty()) {
			int sequence = protocol.registered(finess, BatchKind.SMS, night).parts() + 1;
			BatchPart part = new BatchPart(finess, BatchKind.SMS, night, sequence, file(finess, night, sequence),
					List.of());
			protocol.publish(part, (stream) -> {
				this.format.write(messages, stream);
				return new RenderedPart(messages.stream()
					.map((m) -> new EmittedAction(m.actionId(), m.templateVersion(), 0, m.segments()))
					.toList(), messages.stream().mapToInt(SmsMessage::segments).sum(), Map.of());
			});
			written.add(part.file());
		}
		NightTotals totals = this.jdbi.withExtension(SmsDao.class, (dao) -> dao.nightTotals(finess, night));
		List<String> alerts = new ArrayList<>();
		if (!tooLate.isEmpty()) {
			alerts.add(tooLate.size() + " SMS suppressed, their sending time passed more than "
					+ this.schedule.maxLateDays() + " days ago (catch-up night)");
		}
		return new Emission(due.size(), (int) totals.messages(), 0, refused, written, alerts,
				Map.of("smsMessages", totals.messages(), "smsSegments", totals.segments(), "smsCostCents",
						Amounts.toCents(totals.cost().setScale(2, RoundingMode.HALF_UP))));
	}

	/**
	 * Where a night's SMS batch of an establishment goes: never in another
	 * establishment's folder.
	 */
	Path file(String finess, LocalDate night, int sequence) {
		return this.out.resolve(night.toString())
			.resolve("sms")
			.resolve(finess)
			.resolve(String.format("%s-%s-sms-%03d.%s", night, finess, sequence, this.format.extension()));
	}

	private Optional<SmsRefusal> check(Establishment establishment, DueAction action, Recipient recipient) {
		if (this.templates.forStep(action.stepId()).isEmpty()) {
			return Optional.of(SmsRefusal.NO_TEMPLATE);
		}
		if (establishment.sms().senderId().isEmpty()) {
			return Optional.of(SmsRefusal.NO_SENDER_ID);
		}
		if (establishment.sms().link(establishment.paymentUrl()).isEmpty()) {
			return Optional.of(SmsRefusal.NO_PAYMENT_LINK);
		}
		if (!FrenchPhone.isMobile(recipient.phone())) {
			return Optional.of(SmsRefusal.NO_MOBILE);
		}
		if (action.quotesReference() == null || recipient.quotedOn() == null) {
			return Optional.of(SmsRefusal.NO_FIRST_LETTER);
		}
		if (recipient.owed().signum() <= 0) {
			return Optional.of(SmsRefusal.NOTHING_OWED);
		}
		return Optional.empty();
	}

	private static Map<SmsField, String> fields(Establishment establishment, DueAction action, Recipient recipient) {
		Map<SmsField, String> values = new EnumMap<>(SmsField.class);
		values.put(SmsField.EXPEDITEUR, establishment.sms().senderId().orElseThrow());
		values.put(SmsField.REFERENCE, action.quotesReference());
		values.put(SmsField.DATE, DATE.format(recipient.quotedOn()));
		values.put(SmsField.LIEN, establishment.sms().link(establishment.paymentUrl()).orElseThrow());
		values.put(SmsField.MONTANT, Amounts.french(recipient.owed().setScale(2, RoundingMode.HALF_UP)));
		return values;
	}

	private static NotEmitted refusal(String finess, DueAction action, SmsRefusal why, String detail) {
		String reference = action.reference() != null ? action.reference() : SmsMessage.clientReference(action.id());
		return new NotEmitted(finess, reference, action.stepId(),
				why.messageFr() + (detail == null ? "" : " (" + detail + ")"));
	}

}
