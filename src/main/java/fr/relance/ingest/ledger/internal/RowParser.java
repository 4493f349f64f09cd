package fr.relance.ingest.ledger.internal;

import static fr.relance.ingest.ledger.LedgerField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.ControlCharacters;
import fr.relance.ingest.ledger.DatePattern;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.intake.ReportedError;
import fr.relance.support.ids.Finess;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.ids.Masking;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.Printable;

/**
 * Turns the text of a ledger line into a typed row, or says precisely why it cannot be
 * one. Money, dates and identifiers are all-or-nothing for the line; contact data that is
 * malformed is dropped from the line (and reported) so that a typo in a phone number
 * never hides a debt. Safe to share between threads.
 */
final class RowParser {

	private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

	private static final Pattern POSTCODE_SHAPE = Pattern.compile("(0[1-9]|[1-8]\\d|9[0-8])\\d{3}|2[AB]\\d{3}");

	private static final int MAX_CACHED_DATES = 100_000;

	private static final LocalDate UNREADABLE = LocalDate.MIN;

	private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final LedgerProfile profile;

	private final String finess;

	private final LocalDate runDate;

	private final String fileName;

	/**
	 * Dates in another shape than the patterns' (read by a formatter, slowly): a file
	 * repeats the same few, each text is parsed once.
	 */
	private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

	RowParser(LedgerProfile profile, String finess, LocalDate runDate, String fileName) {
		this.profile = profile;
		this.finess = finess;
		this.runDate = runDate;
		this.fileName = fileName;
	}

	/**
	 * The other establishment this line names, or null when it names none or the file's
	 * own. Such a line makes the whole file a cross-establishment file, so it is asked
	 * before the line is parsed (and quoted nowhere).
	 */
	String foreignFiness(RawLine raw) {
		String lineFiness = raw.get(FINESS);
		if (lineFiness == null) {
			return null;
		}
		String named = Finess.normalise(lineFiness);
		return named.equals(finess) ? null : named;
	}

	/**
	 * A typed row, or null with the reasons in {@code errors}; field-level drops are
	 * added to {@code errors} too.
	 */
	LedgerRow parse(RawLine raw, List<ReportedError> errors) {
		Line l = new Line(raw, errors);
		LedgerField garbled = raw.controlCharacterField();
		if (garbled != null) {
			l.fail(garbled, Printable.of(raw.get(garbled)), ControlCharacters.CODE, ControlCharacters.MESSAGE_FR);
			return null;
		}
		String invoice = l.required(INVOICE_NUMBER, ReportCode.MISSING_INVOICE_NUMBER, "Numéro de facture absent.");
		String patient = l.required(PATIENT_ID, ReportCode.MISSING_PATIENT_ID, "Identifiant du patient (IPP) absent.");
		String lastName = l.required(LAST_NAME, ReportCode.MISSING_NAME, "Nom du patient absent.");
		BigDecimal total = l.amount(TOTAL, true);
		BigDecimal amo = l.amountOrZero(AMO_DUE);
		BigDecimal amc = l.amountOrZero(AMC_DUE);
		BigDecimal patientDue = l.amount(PATIENT_DUE, true);
		LocalDate care = l.date(CARE_DATE);
		LocalDate invoiceDate = l.date(INVOICE_DATE);
		LocalDate due = l.date(DUE_DATE);
		LocalDate billed = l.date(BILLING_DATE);
		BigDecimal amoPaid = l.amountOrZero(AMO_PAID);
		BigDecimal amcPaid = l.amountOrZero(AMC_PAID);
		BigDecimal patientPaid = l.amountOrZero(PATIENT_PAID);
		if (l.failed) {
			return null;
		}
		BigDecimal parts = amo.add(amc).add(patientDue);
		if (parts.subtract(total).abs().compareTo(ONE_CENT) > 0) {
			l.fail(TOTAL, raw.get(TOTAL), ReportCode.PARTS_DO_NOT_ADD_UP, "Les parts AMO + AMC + patient ("
					+ Amounts.frenchNumber(parts) + ") ne font pas le total (" + Amounts.frenchNumber(total) + ").");
		}
		if (care != null && care.isAfter(runDate)) {
			l.fail(CARE_DATE, raw.get(CARE_DATE), ReportCode.CARE_DATE_IN_FUTURE,
					"Date des soins postérieure au traitement du "
							+ runDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
		}
		if (care == null && invoiceDate == null) {
			l.fail(INVOICE_DATE, "", ReportCode.MISSING_DATE, "Ni date de facture ni date des soins.");
		}
		if (l.failed) {
			return null;
		}
		LocalDate issued = invoiceDate != null ? invoiceDate : care;
		return new LedgerRow(raw.line(), invoice, patient, lastName, raw.get(FIRST_NAME), raw.get(ADDRESS_LINE1),
				raw.get(ADDRESS_LINE2), l.postcode(), raw.get(CITY), l.phone(), l.mobile(), l.email(), l.birthDate(),
				care, issued, due != null ? due : issued.plusDays(30), billed, total, amo, amc,
				raw.get(AMC_ORGANISATION), patientDue, amoPaid, amcPaid, patientPaid, raw.get(PAYMENT_REFERENCE),
				l.flag(DISPUTE), l.flag(DECEASED), l.flag(GUARDIANSHIP), l.flag(SMS_OPT_OUT));
	}

	/**
	 * Parsing state of one line: its text, the errors found so far and whether the line
	 * is lost.
	 */
	private final class Line {

		private final RawLine raw;

		private final List<ReportedError> errors;

		private boolean failed;

		Line(RawLine raw, List<ReportedError> errors) {
			this.raw = raw;
			this.errors = errors;
		}

		void fail(LedgerField field, String value, ReportCode code, String message) {
			failed = true;
			report(field, value, code, message);
		}

		void report(LedgerField field, String value, ReportCode code, String message) {
			errors.add(new ReportedError(fileName, raw.line(), field.key(), value == null ? "" : value, code, message));
		}

		String required(LedgerField field, ReportCode code, String message) {
			String value = raw.get(field);
			if (value == null) {
				fail(field, "", code, message);
			}
			return value;
		}

		BigDecimal amountOrZero(LedgerField field) {
			BigDecimal value = amount(field, false);
			return value == null ? BigDecimal.ZERO.setScale(2) : value;
		}

		BigDecimal amount(LedgerField field, boolean required) {
			String text = raw.get(field);
			if (text == null) {
				if (required) {
					fail(field, "", ReportCode.MISSING_AMOUNT, "Montant absent.");
				}
				return null;
			}
			try {
				BigDecimal plain = PlainAmount.parse(text, profile.decimalMark());
				BigDecimal value = plain != null ? plain : Amounts.parse(text, profile.decimalMark());
				if (value.signum() < 0) {
					fail(field, text, ReportCode.NEGATIVE_AMOUNT, "Montant négatif.");
				}
				else if (value.compareTo(profile.maxAmount()) > 0) {
					fail(field, text, ReportCode.ABSURD_AMOUNT, "Montant supérieur au maximum prévu pour une facture ("
							+ Amounts.frenchNumber(profile.maxAmount()) + ").");
				}
				return value;
			}
			catch (NumberFormatException e) {
				fail(field, text, ReportCode.BAD_AMOUNT,
						"Montant illisible : un nombre avec au plus deux décimales, séparateur '"
								+ profile.decimalMark() + "', est attendu.");
				return null;
			}
		}

		LocalDate date(LedgerField field) {
			String text = raw.get(field);
			if (text == null) {
				return null;
			}
			LocalDate date = parseDate(text);
			if (date == null) {
				fail(field, text, ReportCode.BAD_DATE, "Date illisible.");
			}
			return date;
		}

		LocalDate birthDate() {
			String text = raw.get(BIRTH_DATE);
			LocalDate date = text == null ? null : parseDate(text);
			if (text != null && (date == null || date.isAfter(runDate))) {
				report(BIRTH_DATE, Masking.full(text), ReportCode.BAD_BIRTH_DATE,
						"Date de naissance illisible : ignorée.");
				return null;
			}
			return date;
		}

		String postcode() {
			String text = raw.get(POSTCODE);
			if (text != null && !POSTCODE_SHAPE.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
				report(POSTCODE, text, ReportCode.INVALID_POSTCODE,
						"Code postal invalide : l'adresse ne pourra pas servir à un courrier tant qu'il n'est pas corrigé.");
				return null;
			}
			return text == null ? null : text.toUpperCase(Locale.ROOT);
		}

		String phone() {
			String text = raw.get(PHONE);
			if (text == null) {
				return null;
			}
			try {
				return FrenchPhone.toE164(text);
			}
			catch (IllegalArgumentException e) {
				report(PHONE, Masking.tail(text, 2), ReportCode.INVALID_PHONE,
						"Numéro de téléphone invalide : ignoré.");
				return null;
			}
		}

		/**
		 * A mobile column takes only mobiles: a landline there could never receive the
		 * SMS it is read for.
		 */
		String mobile() {
			String text = raw.get(MOBILE);
			if (text == null) {
				return null;
			}
			if (!FrenchPhone.isValid(text)) {
				report(MOBILE, Masking.tail(text, 2), ReportCode.INVALID_PHONE,
						"Numéro de portable invalide : ignoré.");
				return null;
			}
			if (!FrenchPhone.isMobile(text)) {
				report(MOBILE, Masking.tail(text, 2), ReportCode.NOT_A_MOBILE,
						"Numéro fixe dans la colonne des portables : ignoré pour les SMS (la colonne du téléphone sert aux appels).");
				return null;
			}
			return FrenchPhone.toE164(text);
		}

		String email() {
			String text = raw.get(EMAIL);
			if (text != null && !EMAIL_SHAPE.matcher(text).matches()) {
				report(EMAIL, Masking.tail(text, 4), ReportCode.INVALID_EMAIL,
						"Adresse électronique invalide : ignorée.");
				return null;
			}
			return text;
		}

		boolean flag(LedgerField flag) {
			String own = raw.get(flag);
			if (own != null) {
				return profile.trueValues().contains(own.toUpperCase(Locale.ROOT));
			}
			String words = raw.get(FLAGS);
			String word = profile.flagWords().words().get(flag);
			if (words == null || word == null) {
				return false;
			}
			for (String w : words.split(Pattern.quote(profile.flagWords().separator()))) {
				if (w.strip().toLowerCase(Locale.ROOT).equals(word)) {
					return true;
				}
			}
			return false;
		}

		private LocalDate parseDate(String text) {
			for (DatePattern pattern : profile.dateFormats()) {
				LocalDate fixed = pattern.parseFixed(text);
				if (fixed != null) {
					return fixed;
				}
			}
			LocalDate known = dates.get(text);
			if (known != null) {
				return known == UNREADABLE ? null : known;
			}
			LocalDate date = parseDateOnce(text);
			if (dates.size() < MAX_CACHED_DATES) {
				dates.put(text, date == null ? UNREADABLE : date);
			}
			return date;
		}

		private LocalDate parseDateOnce(String text) {
			return profile.date(text);
		}

	}

}
