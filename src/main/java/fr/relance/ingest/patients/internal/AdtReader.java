package fr.relance.ingest.patients.internal;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.ids.Masking;

/**
 * Reads one ADT message with HAPI into an {@link AdtMessage}. Every message is read as
 * v2.5 (IHE PAM France uses 2.5; older versions share the fields read here). HAPI's own
 * validation is off: the fields the engine uses are checked here, each with its segment
 * and field in the report, and a field the engine does not use never refuses a message.
 * The patient is identified only through the PID-3 repetition whose assigning authority
 * (CX-4, namespace or universal id) is the establishment's; the identifiers of the other
 * repetitions are never read.
 */
final class AdtReader implements Closeable {

	/** Events whose PID updates the patient, and the merge. */
	static final Set<String> EVENTS = Set.of("A04", "A08", "A28", "A31", "A40");

	private static final String HL7_NULL = "\"\"";

	private final HapiContext context;

	private final PipeParser parser;

	private final String authority;

	private final ZoneId zone;

	AdtReader(String authority, ZoneId zone) {
		this.context = new DefaultHapiContext();
		this.context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
		this.context.setValidationContext(ValidationContextFactory.noValidation());
		this.parser = this.context.getPipeParser();
		this.authority = authority;
		this.zone = zone;
	}

	/**
	 * The message's facts; problems that spoil only one field (a bad phone number) are
	 * added to {@code warnings}.
	 * @throws AdtMessageException when the message cannot be applied at all
	 */
	AdtMessage read(RawMessage raw, List<AdtMessageException> warnings) throws AdtMessageException {
		Message message;
		try {
			message = this.parser.parse(raw.text());
		}
		catch (HL7Exception e) {
			// the exception's text may quote the message: only its position is reported
			Location where = e.getLocation();
			String segment = where == null || where.getSegmentName() == null ? "MSH" : where.getSegmentName();
			String field = where != null && where.getField() > 0 ? segment + "-" + where.getField() : segment;
			throw new AdtMessageException(segmentIndex(raw, segment), field, "", AdtProblem.UNREADABLE_MESSAGE,
					"Message HL7 illisible (structure ou caractères d'encodage) : message ignoré.");
		}
		try {
			return read(raw, new Terser(message), warnings);
		}
		catch (HL7Exception e) {
			throw new AdtMessageException(0, "MSH", "", AdtProblem.UNREADABLE_MESSAGE,
					"Message HL7 illisible : message ignoré.");
		}
	}

	private AdtMessage read(RawMessage raw, Terser t, List<AdtMessageException> warnings)
			throws HL7Exception, AdtMessageException {
		String type = value(t.get("/MSH-9-1"));
		String event = value(t.get("/MSH-9-2"));
		if (!"ADT".equals(type) || event == null || !EVENTS.contains(event.toUpperCase(Locale.ROOT))) {
			throw new AdtMessageException(0, "MSH-9", type + "^" + event, AdtProblem.UNSUPPORTED_EVENT,
					"Message " + type + "^" + event + " : seuls les messages ADT A04, A08, A28, A31 et A40 sont lus,"
							+ " message ignoré.");
		}
		event = event.toUpperCase(Locale.ROOT);
		OffsetDateTime at = at(raw, t);
		Segment pid = t.getSegment("/.PID");
		String patientId = ownIdentifier(pid, 3);
		if (patientId == null) {
			throw new AdtMessageException(segmentIndex(raw, "PID"), "PID-3", "", AdtProblem.NO_OWN_IDENTIFIER,
					"Aucun identifiant du patient sous l'autorité d'affectation de l'établissement (" + this.authority
							+ ") : patient introuvable, message ignoré.");
		}
		String prior = null;
		if ("A40".equals(event)) {
			prior = ownIdentifier(t.getSegment("/.MRG"), 1);
			if (prior == null) {
				throw new AdtMessageException(segmentIndex(raw, "MRG"), "MRG-1", "", AdtProblem.NO_PRIOR_IDENTIFIER,
						"Fusion sans identifiant de l'ancien dossier sous l'autorité de l'établissement : message ignoré.");
			}
		}
		Phones phones = phones(raw, pid, warnings);
		Sent<Boolean> deceased = deceased(raw, pid);
		LocalDate deceasedOn = deathDate(raw, pid);
		if (!deceased.sent() && deceasedOn != null) {
			deceased = Sent.of(true);
		}
		return new AdtMessage(raw.number(), raw.line(), event, at, patientId, prior, address(pid), phones.phone,
				phones.mobile, phones.email, deceased, Boolean.TRUE.equals(deceased.value()) ? deceasedOn : null);
	}

	private OffsetDateTime at(RawMessage raw, Terser t) throws HL7Exception, AdtMessageException {
		String evn = null;
		if (raw.text().contains("\rEVN")) {
			evn = value(t.get("/.EVN-2-1"));
		}
		if (evn != null) {
			OffsetDateTime at = Hl7Time.instant(evn, this.zone);
			if (at == null) {
				throw new AdtMessageException(segmentIndex(raw, "EVN"), "EVN-2", evn, AdtProblem.BAD_TIMESTAMP,
						"Date de l'événement illisible : le message ne peut être comparé aux données connues, il est ignoré.");
			}
			return at;
		}
		String msh = value(t.get("/MSH-7-1"));
		OffsetDateTime at = Hl7Time.instant(msh, this.zone);
		if (at == null) {
			throw new AdtMessageException(0, "MSH-7", msh == null ? "" : msh, AdtProblem.BAD_TIMESTAMP,
					"Date du message absente ou illisible : le message ne peut être comparé aux données connues, il est ignoré.");
		}
		return at;
	}

	/**
	 * The identifier of the repetition whose assigning authority is the establishment's;
	 * the others are not read.
	 */
	private String ownIdentifier(Segment segment, int field) throws HL7Exception {
		int repetitions = segment.getField(field).length;
		for (int r = 0; r < repetitions; r++) {
			String namespace = value(Terser.get(segment, field, r, 4, 1));
			String universal = value(Terser.get(segment, field, r, 4, 2));
			if (this.authority.equalsIgnoreCase(namespace) || this.authority.equalsIgnoreCase(universal)) {
				return value(Terser.get(segment, field, r, 1, 1));
			}
		}
		return null;
	}

	/** PID-11: the home address (type H), else the first; all of it or nothing. */
	private static Sent<PostalLines> address(Segment pid) throws HL7Exception {
		int repetitions = pid.getField(11).length;
		if (repetitions == 0) {
			return Sent.notSent();
		}
		int chosen = 0;
		for (int r = 0; r < repetitions; r++) {
			if ("H".equalsIgnoreCase(value(Terser.get(pid, 11, r, 7, 1)))) {
				chosen = r;
				break;
			}
		}
		String street = Terser.get(pid, 11, chosen, 1, 1);
		if (HL7_NULL.equals(street) && repetitions == 1 && value(Terser.get(pid, 11, 0, 3, 1)) == null) {
			return Sent.delete();
		}
		PostalLines lines = new PostalLines(value(street), value(Terser.get(pid, 11, chosen, 2, 1)),
				value(Terser.get(pid, 11, chosen, 5, 1)), value(Terser.get(pid, 11, chosen, 3, 1)));
		if (lines.line1() == null && lines.line2() == null && lines.postcode() == null && lines.city() == null) {
			return Sent.notSent();
		}
		return Sent.of(lines);
	}

	private static final class Phones {

		Sent<String> phone = Sent.notSent();

		Sent<String> mobile = Sent.notSent();

		Sent<String> email = Sent.notSent();

	}

	/**
	 * PID-13 as IHE PAM France uses it: {@code ^PRN^PH^^^^^^^^^0145678901} (landline),
	 * {@code ^PRN^CP^...} (mobile), {@code ^NET^Internet^name@example.fr} (e-mail). The
	 * number is XTN-12, else XTN-1, else XTN-7. A PID-13 of {@code ""} deletes the three;
	 * a repetition of {@code ""} deletes the value of its kind.
	 */
	private Phones phones(RawMessage raw, Segment pid, List<AdtMessageException> warnings) throws HL7Exception {
		Phones phones = new Phones();
		int repetitions = pid.getField(13).length;
		if (repetitions == 1 && HL7_NULL.equals(Terser.get(pid, 13, 0, 1, 1))
				&& value(Terser.get(pid, 13, 0, 3, 1)) == null) {
			phones.phone = Sent.delete();
			phones.mobile = Sent.delete();
			phones.email = Sent.delete();
			return phones;
		}
		for (int r = 0; r < repetitions; r++) {
			String use = upper(Terser.get(pid, 13, r, 2, 1));
			String equipment = upper(Terser.get(pid, 13, r, 3, 1));
			if ("NET".equals(use) || "INTERNET".equals(equipment) || "X.400".equals(equipment)) {
				String email = Terser.get(pid, 13, r, 4, 1);
				phones.email = HL7_NULL.equals(email) ? Sent.delete()
						: value(email) == null ? phones.email : Sent.of(email.strip());
				continue;
			}
			String number = first(Terser.get(pid, 13, r, 12, 1), Terser.get(pid, 13, r, 1, 1),
					Terser.get(pid, 13, r, 7, 1));
			boolean cellular = "CP".equals(equipment) || "BP".equals(equipment);
			if (number == null) {
				continue;
			}
			if (HL7_NULL.equals(number)) {
				if (cellular) {
					phones.mobile = Sent.delete();
				}
				else {
					phones.phone = Sent.delete();
				}
				continue;
			}
			if (!FrenchPhone.isValid(number)) {
				warnings.add(new AdtMessageException(segmentIndex(raw, "PID"), "PID-13", Masking.tail(number, 2),
						AdtProblem.BAD_PHONE,
						"Numéro de téléphone invalide : ignoré, le reste du message est appliqué."));
				continue;
			}
			// a mobile sent as a plain phone is still a landline slot: calls use it, SMS
			// fall back to it
			if (cellular && FrenchPhone.isMobile(number)) {
				phones.mobile = Sent.of(FrenchPhone.toE164(number));
			}
			else {
				phones.phone = Sent.of(FrenchPhone.toE164(number));
			}
		}
		return phones;
	}

	/** PID-30: Y or N, {@code ""} as N (the indicator withdrawn). */
	private static Sent<Boolean> deceased(RawMessage raw, Segment pid) throws HL7Exception, AdtMessageException {
		String indicator = Terser.get(pid, 30, 0, 1, 1);
		if (HL7_NULL.equals(indicator)) {
			return Sent.of(false);
		}
		String text = upper(indicator);
		if (text == null) {
			return Sent.notSent();
		}
		return switch (text) {
			case "Y" -> Sent.of(true);
			case "N" -> Sent.of(false);
			default -> throw new AdtMessageException(segmentIndex(raw, "PID"), "PID-30", text,
					AdtProblem.BAD_DEATH_INDICATOR, "Indicateur de décès ni Y ni N : message ignoré.");
		};
	}

	private LocalDate deathDate(RawMessage raw, Segment pid) throws HL7Exception, AdtMessageException {
		String text = value(Terser.get(pid, 29, 0, 1, 1));
		if (text == null) {
			return null;
		}
		LocalDate date = Hl7Time.date(text, this.zone);
		if (date == null) {
			throw new AdtMessageException(segmentIndex(raw, "PID"), "PID-29", Masking.full(text),
					AdtProblem.BAD_DEATH_DATE, "Date de décès illisible : message ignoré.");
		}
		return date;
	}

	/**
	 * The index of the first segment of that name in the message (0: MSH), for its line
	 * in the file.
	 */
	static int segmentIndex(RawMessage raw, String name) {
		String[] segments = raw.text().split("\r");
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].startsWith(name)) {
				return i;
			}
		}
		return 0;
	}

	private static String first(String... values) {
		for (String v : values) {
			if (HL7_NULL.equals(v)) {
				return v;
			}
			if (value(v) != null) {
				return v.strip();
			}
		}
		return null;
	}

	/** A sent value: null when empty or the HL7 null. */
	private static String value(String text) {
		return text == null || text.isBlank() || HL7_NULL.equals(text) ? null : text.strip();
	}

	private static String upper(String text) {
		String v = value(text);
		return v == null ? null : v.toUpperCase(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		this.context.close();
	}

}
