package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.CrossEstablishmentFileException;
import fr.relance.ingest.ImportContext;
import fr.relance.intake.ReportedError;
import fr.relance.support.ids.Finess;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.ids.Masking;
import fr.relance.support.money.Amounts;

/**
 * Checks one record of a follow-up file. A bad line is reported with its field and reason
 * and left out; a line naming another establishment refuses the whole file, as intake
 * does for a file naming another FINESS.
 */
final class FollowUpLineReader {

	/** The header of a follow-up file, in this order. */
	static final List<String> COLUMNS = List.of("finess", "ipp", "date", "evenement", "canal", "origine",
			"montant_echeance", "nombre_echeances", "premiere_echeance", "reference");

	/**
	 * Columns a file may add after {@link #COLUMNS}, in any order; a file without them is
	 * read as before (an instalment plan is then monthly, a wrong number the patient's
	 * own).
	 */
	static final List<String> OPTIONAL_COLUMNS = List.of("date_promesse", "montant_promesse", "numero",
			"periodicite_mois", "tiers", "montant_recouvre", "adresse", "complement_adresse", "code_postal", "ville");

	/** Longest third-party name or address line kept from an answer. */
	private static final int MAX_TEXT = 200;

	/** A promise further away than this is an instalment plan, not a promise. */
	static final int MAX_PROMISE_DAYS = 92;

	private static final int MAX_PERIOD_MONTHS = 12;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static final int MAX_INSTALMENTS = 120;

	private final String fileName;

	private final String finess;

	private final LocalDate runDate;

	private final ImportContext context;

	FollowUpLineReader(String fileName, String finess, LocalDate runDate, ImportContext context) {
		this.fileName = fileName;
		this.finess = finess;
		this.runDate = runDate;
		this.context = context;
	}

	Optional<FollowUpLine> read(CSVRecord record) {
		long line = record.getRecordNumber() + 1;
		String named = Finess.normalise(record.get("finess"));
		if (!this.finess.equals(named)) {
			throw new CrossEstablishmentFileException(named, line);
		}
		String patient = record.get("ipp").trim();
		if (patient.isEmpty()) {
			return reject(line, "ipp", "", ReportCode.MISSING_PATIENT_ID,
					"Identifiant patient (IPP) absent : ligne ignorée.");
		}
		Optional<LocalDate> on = date(record, line, "date");
		if (on.isEmpty()) {
			return Optional.empty();
		}
		if (on.get().isAfter(this.runDate)) {
			return reject(line, "date", record.get("date"), ReportCode.FUTURE_DATE,
					"Date postérieure à la date de traitement : ligne ignorée.");
		}
		Optional<FollowUpEvent> event = FollowUpEvent.of(record.get("evenement"));
		if (event.isEmpty()) {
			return reject(line, "evenement", record.get("evenement"), ReportCode.UNKNOWN_EVENT,
					"Événement inconnu : valeurs admises " + FollowUpEvent.words() + ".");
		}
		String reference = blankToNull(record.get("reference"));
		return switch (event.get()) {
			case CONTACT -> contact(record, line, patient, on.get());
			case CALL_REFUSAL -> Optional.of(new FollowUpLine(line, patient, on.get(), FollowUpEvent.CALL_REFUSAL,
					ContactChannel.PHONE, true, null, reference));
			case PLAN_SIGNED -> plan(record, line, patient, on.get(), reference);
			case PLAN_ENDED -> Optional
				.of(new FollowUpLine(line, patient, on.get(), FollowUpEvent.PLAN_ENDED, null, false, null, reference));
			case PROMISE -> promise(record, line, patient, on.get());
			case WRONG_NUMBER -> wrongNumber(record, line, patient, on.get());
			case REACHED -> reached(record, line, patient, on.get());
			case DISPUTE_OPENED, DISPUTE_CLOSED ->
				Optional.of(new FollowUpLine(line, patient, on.get(), event.get(), null, false, null, reference));
			case WRITE_OFF_APPROVED, WRITE_OFF_REFUSED, HANDED_OVER, HANDOVER_RETURNED, REVIEW_RELEASED ->
				answer(record, line, patient, on.get(), event.get(), reference);
		};
	}

	/**
	 * True for the header of a follow-up file: its columns, then any of the optional
	 * ones.
	 */
	static boolean recognises(List<String> header) {
		if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS)) {
			return false;
		}
		List<String> extra = header.subList(COLUMNS.size(), header.size());
		return OPTIONAL_COLUMNS.containsAll(extra) && extra.stream().distinct().count() == extra.size();
	}

	private Optional<FollowUpLine> promise(CSVRecord record, long line, String patient, LocalDate on) {
		String by = optional(record, "date_promesse");
		if (by.isEmpty()) {
			return reject(line, "date_promesse", "", ReportCode.BAD_DATE,
					"Date de paiement promise absente : ligne ignorée.");
		}
		Optional<LocalDate> promisedBy = date(record, line, "date_promesse");
		if (promisedBy.isEmpty()) {
			return Optional.empty();
		}
		if (promisedBy.get().isBefore(on) || promisedBy.get().isAfter(on.plusDays(MAX_PROMISE_DAYS))) {
			return reject(line, "date_promesse", by, ReportCode.BAD_PROMISE_DATE,
					"La date promise doit suivre la date de " + "l'appel de " + MAX_PROMISE_DAYS
							+ " jours au plus (au-delà, un échéancier) : ligne ignorée.");
		}
		String text = optional(record, "montant_promesse");
		BigDecimal amount = amount(text);
		if (amount == null || amount.signum() <= 0) {
			return reject(line, "montant_promesse", text, ReportCode.BAD_AMOUNT,
					"Montant promis illisible ou nul : promesse non prise en compte.");
		}
		return Optional.of(new FollowUpLine(line, patient, on, FollowUpEvent.PROMISE, ContactChannel.PHONE, false, null,
				null, new FollowUpLine.OutcomeTerms(promisedBy.get(), amount, null)));
	}

	private Optional<FollowUpLine> wrongNumber(CSVRecord record, long line, String patient, LocalDate on) {
		String number = optional(record, "numero");
		if (!number.isEmpty() && !FrenchPhone.isValid(number)) {
			return reject(line, "numero", Masking.tail(number, 2), ReportCode.BAD_PHONE,
					"Numéro de téléphone illisible : ligne ignorée.");
		}
		return Optional.of(new FollowUpLine(line, patient, on, FollowUpEvent.WRONG_NUMBER, null, false, null, null,
				new FollowUpLine.OutcomeTerms(null, null, number.isEmpty() ? null : number)));
	}

	/**
	 * An operator reached the patient: a contact by the staff, by telephone unless the
	 * line names its channel.
	 */
	private Optional<FollowUpLine> reached(CSVRecord record, long line, String patient, LocalDate on) {
		String named = record.get("canal");
		Optional<ContactChannel> channel = named.isBlank() ? Optional.of(ContactChannel.PHONE)
				: ContactChannel.of(named);
		if (channel.isEmpty()) {
			return reject(line, "canal", named, ReportCode.UNKNOWN_CHANNEL,
					"Canal de contact inconnu : valeurs admises " + ContactChannel.words() + ".");
		}
		return Optional
			.of(new FollowUpLine(line, patient, on, FollowUpEvent.REACHED, channel.get(), false, null, null));
	}

	/**
	 * The months between two instalments: 1 when the file has no such column or leaves it
	 * empty.
	 */
	private Integer period(CSVRecord record) {
		String text = optional(record, "periodicite_mois");
		if (text.isEmpty()) {
			return 1;
		}
		try {
			int months = Integer.parseInt(text);
			return months >= 1 && months <= MAX_PERIOD_MONTHS ? months : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String optional(CSVRecord record, String column) {
		return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
	}

	private Optional<FollowUpLine> contact(CSVRecord record, long line, String patient, LocalDate on) {
		Optional<ContactChannel> channel = ContactChannel.of(record.get("canal"));
		if (channel.isEmpty()) {
			return reject(line, "canal", record.get("canal"), ReportCode.UNKNOWN_CHANNEL,
					"Canal de contact inconnu : valeurs admises " + ContactChannel.words() + ".");
		}
		String origin = record.get("origine").trim().toLowerCase(java.util.Locale.ROOT);
		if (!origin.equals("patient") && !origin.equals("etablissement") && !origin.equals("établissement")) {
			return reject(line, "origine", record.get("origine"), ReportCode.UNKNOWN_ORIGIN,
					"Origine du contact inconnue : valeurs admises patient, etablissement.");
		}
		return Optional.of(new FollowUpLine(line, patient, on, FollowUpEvent.CONTACT, channel.get(),
				origin.equals("patient"), null, null));
	}

	private Optional<FollowUpLine> plan(CSVRecord record, long line, String patient, LocalDate on, String reference) {
		BigDecimal instalment = amount(record.get("montant_echeance"));
		if (instalment == null || instalment.signum() <= 0) {
			return reject(line, "montant_echeance", record.get("montant_echeance"), ReportCode.BAD_AMOUNT,
					"Montant d'échéance illisible ou nul : échéancier non pris en compte.");
		}
		Integer count = count(record.get("nombre_echeances"));
		if (count == null) {
			return reject(line, "nombre_echeances", record.get("nombre_echeances"), ReportCode.BAD_INSTALMENT_COUNT,
					"Nombre d'échéances illisible (de 1 à " + MAX_INSTALMENTS + ") : échéancier non pris en compte.");
		}
		Optional<LocalDate> firstDue = date(record, line, "premiere_echeance");
		if (firstDue.isEmpty()) {
			return Optional.empty();
		}
		Integer period = period(record);
		if (period == null) {
			return reject(line, "periodicite_mois", optional(record, "periodicite_mois"), ReportCode.BAD_PERIOD,
					"Périodicité illisible (de 1 à " + MAX_PERIOD_MONTHS + " mois) : échéancier non pris en compte.");
		}
		String key = reference != null ? reference : "signé le " + FRENCH_DATE.format(on);
		return Optional.of(new FollowUpLine(line, patient, on, FollowUpEvent.PLAN_SIGNED, null, false,
				new FollowUpLine.PlanTerms(instalment, count, firstDue.get(), period), key));
	}

	/**
	 * An answer to a worklist names its case number in {@code reference}, and what its
	 * kind needs besides.
	 */
	private Optional<FollowUpLine> answer(CSVRecord record, long line, String patient, LocalDate on,
			FollowUpEvent event, String reference) {
		if (reference == null) {
			return reject(line, "reference", "", ReportCode.MISSING_REFERENCE,
					"N° de dossier absent (colonne reference) : réponse ignorée.");
		}
		FollowUpLine.AnswerTerms terms = switch (event) {
			case HANDED_OVER -> handedOver(record, line);
			case HANDOVER_RETURNED -> returned(record, line);
			case REVIEW_RELEASED -> released(record, line);
			default -> FollowUpLine.AnswerTerms.NONE;
		};
		return terms == null ? Optional.empty()
				: Optional.of(new FollowUpLine(line, patient, on, event, null, false, null, reference, null, terms));
	}

	private FollowUpLine.AnswerTerms handedOver(CSVRecord record, long line) {
		String to = optional(record, "tiers");
		if (to.isEmpty() || to.length() > MAX_TEXT) {
			reject(line, "tiers", to.length() > MAX_TEXT ? to.substring(0, 20) + "..." : to,
					ReportCode.MISSING_THIRD_PARTY,
					"Nom du tiers (colonne tiers, " + MAX_TEXT + " caractères au plus) absent : réponse ignorée.");
			return null;
		}
		return new FollowUpLine.AnswerTerms(to, null, null, null);
	}

	private FollowUpLine.AnswerTerms returned(CSVRecord record, long line) {
		String text = optional(record, "montant_recouvre");
		BigDecimal recovered = text.isEmpty() ? null : amount(text);
		if (recovered == null || recovered.signum() < 0) {
			reject(line, "montant_recouvre", text, ReportCode.BAD_AMOUNT,
					"Montant recouvré par le tiers illisible ou absent (0 s'il n'a rien recouvré) : réponse ignorée.");
			return null;
		}
		return new FollowUpLine.AnswerTerms(null, recovered, null, null);
	}

	/**
	 * A release may bring a corrected address (street, postcode and city together) and a
	 * corrected number.
	 */
	private FollowUpLine.AnswerTerms released(CSVRecord record, long line) {
		String street = optional(record, "adresse");
		String second = optional(record, "complement_adresse");
		String postcode = optional(record, "code_postal");
		String city = optional(record, "ville");
		FollowUpLine.CorrectedAddress address = null;
		if (!(street + second + postcode + city).isEmpty()) {
			String field = street.isEmpty() ? "adresse" : postcode.isEmpty() ? "code_postal" : "ville";
			if (street.isEmpty() || postcode.isEmpty() || city.isEmpty()) {
				reject(line, field, "", ReportCode.BAD_ADDRESS,
						"Adresse corrigée incomplète (adresse, code_postal et ville ensemble) : réponse ignorée.");
				return null;
			}
			if (!postcode.matches("\\d{5}")) {
				reject(line, "code_postal", postcode, ReportCode.BAD_ADDRESS,
						"Code postal illisible (5 chiffres) : réponse ignorée.");
				return null;
			}
			if (street.length() > MAX_TEXT || second.length() > MAX_TEXT || city.length() > MAX_TEXT) {
				reject(line, "adresse", "", ReportCode.BAD_ADDRESS, "Adresse corrigée trop longue : réponse ignorée.");
				return null;
			}
			address = new FollowUpLine.CorrectedAddress(street, second.isEmpty() ? null : second, postcode, city);
		}
		String number = optional(record, "numero");
		if (!number.isEmpty() && !FrenchPhone.isValid(number)) {
			reject(line, "numero", Masking.tail(number, 2), ReportCode.BAD_PHONE,
					"Numéro de téléphone corrigé illisible : réponse ignorée.");
			return null;
		}
		return new FollowUpLine.AnswerTerms(null, null, address, number.isEmpty() ? null : number);
	}

	private Optional<LocalDate> date(CSVRecord record, long line, String column) {
		String text = record.get(column).trim();
		try {
			return Optional.of(text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			return reject(line, column, text, ReportCode.BAD_DATE,
					"Date illisible (attendu jj/mm/aaaa) : ligne ignorée.");
		}
	}

	private static BigDecimal amount(String text) {
		try {
			return Amounts.parse(text.trim(), text.contains(",") ? ',' : '.');
		}
		catch (NumberFormatException | ArithmeticException e) {
			return null;
		}
	}

	private static Integer count(String text) {
		try {
			int count = Integer.parseInt(text.trim());
			return count >= 1 && count <= MAX_INSTALMENTS ? count : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private <T> Optional<T> reject(long line, String field, String value, ReportCode code, String message) {
		String shown = field.equals("ipp") ? Masking.tail(value, 4) : value;
		this.context.reject(new ReportedError(this.fileName, line, field, shown, code, message));
		return Optional.empty();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
