package fr.relance.output.calls;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.calendar.Region;
import fr.relance.dunning.calendar.SendingWindows;
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
import fr.relance.output.calls.internal.CallDao;
import fr.relance.output.calls.internal.CallDao.Callee;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.money.Amounts;

/**
 * The call channel: the night's planned calls of an establishment in one list for its
 * operators, highest expected value first, written under
 * {@code <out>/<date>/calls/<FINESS>/} with a copy in the establishment's {@code out/}
 * folder. Through the {@link EmissionProtocol}: a call is on exactly one registered list,
 * a rerun lists none twice.
 */
public class CallListEmitter implements Emitter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Jdbi jdbi;

	private final ContactCalendar calendar;

	private final SendingWindows windows;

	private final LocalTime releaseTime;

	private final Path out;

	private final Path drop;

	public CallListEmitter(Jdbi jdbi, ContactCalendar calendar, SendingWindows windows, LocalTime releaseTime, Path out,
			Path drop) {
		this.jdbi = jdbi;
		this.calendar = calendar;
		this.windows = windows;
		this.releaseTime = releaseTime;
		this.out = out;
		this.drop = drop;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.CALL);
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		List<CallListRow> rows = new ArrayList<>();
		List<NotEmitted> refused = new ArrayList<>();
		if (!due.isEmpty()) {
			rows(establishment, night, due, rows, refused);
		}
		List<Path> written = new ArrayList<>();
		if (!rows.isEmpty()) {
			int sequence = protocol.registered(finess, BatchKind.CALLS, night).parts() + 1;
			BatchPart part = new BatchPart(finess, BatchKind.CALLS, night, sequence, file(finess, night, sequence),
					List.of(copy(finess, night, sequence)));
			protocol.publish(part, (stream) -> {
				CallListFile.write(rows, stream);
				return new RenderedPart(rows.stream().map((r) -> new EmittedAction(r.actionId(), null, 0, 0)).toList(),
						0, Map.of());
			});
			written.add(part.file());
		}
		int emitted = protocol.registered(finess, BatchKind.CALLS, night).items();
		return new Emission(due.size(), emitted, 0, refused, written, List.of());
	}

	Path file(String finess, LocalDate night, int sequence) {
		return this.out.resolve(night.toString())
			.resolve("calls")
			.resolve(finess)
			.resolve(String.format("%s-%s-appels-%03d.csv", night, finess, sequence));
	}

	/** The operators' copy, in the establishment's own folder only. */
	Path copy(String finess, LocalDate night, int sequence) {
		return this.drop.resolve(finess).resolve("out").resolve(String.format("%s-appels-%03d.csv", night, sequence));
	}

	private void rows(Establishment establishment, LocalDate night, List<DueAction> due, List<CallListRow> rows,
			List<NotEmitted> refused) {
		List<Long> cases = due.stream().map(DueAction::caseId).distinct().toList();
		Map<Long, Callee> callees = new HashMap<>();
		Map<Long, List<String>> invoices = new HashMap<>();
		Map<Long, List<String>> sent = new HashMap<>();
		Map<Long, List<String>> contacts = new HashMap<>();
		this.jdbi.useExtension(CallDao.class, (dao) -> {
			dao.callees(due.stream().map(DueAction::id).toList()).forEach((c) -> callees.put(c.actionId(), c));
			dao.openInvoices(cases)
				.forEach((i) -> invoices.computeIfAbsent(i.caseId(), (k) -> new ArrayList<>())
					.add(i.invoiceNumber() + " du " + DATE.format(i.invoiceDate()) + " : "
							+ Amounts.french(i.amountOpen())));
			dao.sent(cases)
				.forEach((s) -> sent.computeIfAbsent(s.caseId(), (k) -> new ArrayList<>())
					.add(sentLabel(s.channel(), s.reference(), s.emittedOn())));
			dao.contacts(cases)
				.forEach((c) -> contacts.computeIfAbsent(c.caseId(), (k) -> new ArrayList<>())
					.add(DATE.format(c.contactedOn()) + " " + contactLabel(c.channel(), c.origin(), c.refusedCalls())));
		});
		for (DueAction action : due) {
			Callee callee = callees.get(action.id());
			if (!FrenchPhone.isValid(callee.phone())) {
				refused.add(refusal(establishment, action, CallRefusal.NO_PHONE));
				continue;
			}
			if (callee.owed().signum() <= 0) {
				refused.add(refusal(establishment, action, CallRefusal.NOTHING_OWED));
				continue;
			}
			Region region = Region.ofPostcode(callee.postcode());
			ZonedDateTime earliest = night.atTime(this.releaseTime).atZone(region.zone());
			ZonedDateTime from = callee.notBefore() == null ? earliest
					: callee.notBefore().atZoneSameInstant(region.zone());
			ZonedDateTime callFrom = this.calendar.nextAllowed(Channel.CALL, from.isBefore(earliest) ? earliest : from,
					region);
			rows.add(new CallListRow(action.id(), "APPEL-" + action.id(), name(callee), callee.externalId(),
					national(FrenchPhone.toE164(callee.phone())), callee.owed().setScale(2),
					String.join(" | ", invoices.getOrDefault(action.caseId(), List.of())),
					String.join(" | ", sent.getOrDefault(action.caseId(), List.of())),
					String.join(" | ", contacts.getOrDefault(action.caseId(), List.of())), DATE_TIME.format(callFrom),
					slots(region), action.expectedGain().setScale(2)));
		}
	}

	/**
	 * {@code 06 12 34 56 78}: the national form operators dial, overseas numbers included
	 * ({@code 06 90 ...}).
	 */
	static String national(String e164) {
		String digits = "0" + e164.substring(e164.startsWith("+33") ? 3 : 4);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i += 2) {
			grouped.append(i == 0 ? "" : " ").append(digits, i, Math.min(i + 2, digits.length()));
		}
		return grouped.toString();
	}

	/**
	 * The allowed days and hours, in the debtor's time:
	 * {@code lun.-ven. 10:00-13:00, 14:00-20:00 (heure de Paris)}.
	 */
	private String slots(Region region) {
		String days = this.windows.days()
			.stream()
			.sorted()
			.map((d) -> d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.FRENCH))
			.collect(Collectors.joining(" "));
		String hours = this.windows.windows()
			.stream()
			.map((w) -> w.start() + "-" + w.end())
			.collect(Collectors.joining(", "));
		String zone = region.zone().getId().equals("Europe/Paris") ? "heure de Paris"
				: "heure locale " + region.zone().getId();
		return days + " " + hours + " (" + zone + ")";
	}

	private static String sentLabel(String channel, String reference, LocalDate on) {
		String what = switch (channel) {
			case "LETTER" -> "courrier";
			case "REGISTERED_LETTER" -> "mise en demeure";
			case "SMS" -> "SMS";
			default -> "appel";
		};
		return what + (reference == null ? "" : " " + reference) + " du " + DATE.format(on);
	}

	private static String contactLabel(String channel, String origin, boolean refusedCalls) {
		String how = switch (channel) {
			case "PHONE" -> "téléphone";
			case "LETTER" -> "courrier";
			case "EMAIL" -> "e-mail";
			case "DESK" -> "accueil";
			default -> channel;
		};
		return how + (origin.equals("DEBTOR") ? " (patient)" : " (établissement)")
				+ (refusedCalls ? ", refuse les appels" : "");
	}

	private static String name(Callee callee) {
		String last = callee.lastName().strip().toUpperCase(Locale.FRENCH);
		return callee.firstName() == null || callee.firstName().isBlank() ? last
				: callee.firstName().strip() + " " + last;
	}

	private static NotEmitted refusal(Establishment establishment, DueAction action, CallRefusal why) {
		return new NotEmitted(establishment.finess(), "APPEL-" + action.id(), action.stepId(), why.messageFr());
	}

}
