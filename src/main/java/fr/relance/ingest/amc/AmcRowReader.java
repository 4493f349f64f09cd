package fr.relance.ingest.amc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.ControlCharacters;
import fr.relance.intake.ReportedError;
import fr.relance.support.money.Amounts;

/**
 * Turns a CSV record of a statement into an {@link AmcRow}, or explains in French why the
 * row is refused. The status is the status column when the profile has one; otherwise a
 * reject code means rejected, a positive payment paid, and nothing pending.
 */
final class AmcRowReader {

	private final AmcStatementProfile profile;

	private final String fileName;

	private final Map<AmcColumn, Integer> index = new EnumMap<>(AmcColumn.class);

	private final List<String> headerNames;

	AmcRowReader(AmcStatementProfile profile, String fileName, List<String> headerNames) {
		this.profile = profile;
		this.fileName = fileName;
		this.headerNames = headerNames;
		List<String> names = headerNames.stream().map(AmcStatementProfile::normalise).toList();
		profile.columns()
			.forEach((column, header) -> index.put(column, names.indexOf(AmcStatementProfile.normalise(header))));
	}

	/**
	 * The row, or the reason it is refused (as an exception carrying the report line).
	 */
	AmcRow read(CSVRecord record, long line) throws RowRefused {
		ReportedError garbled = ControlCharacters.in(record, headerNames, fileName, line);
		if (garbled != null) {
			throw new RowRefused(garbled);
		}
		String invoice = required(record, AmcColumn.INVOICE_NUMBER, line);
		String organisation = required(record, AmcColumn.ORGANISATION, line);
		long paid = Amounts.toCents(amount(record, AmcColumn.PAID, line));
		String claimedText = value(record, AmcColumn.CLAIMED);
		Long claimed = claimedText.isEmpty() ? null : Amounts.toCents(amount(record, AmcColumn.CLAIMED, line));
		String code = value(record, AmcColumn.REJECT_CODE);
		char status = status(record, line, code, paid);
		LocalDate date = date(record, line);
		String reference = required(record, AmcColumn.TRANSFER_REFERENCE, line);
		String label = value(record, AmcColumn.REJECT_LABEL);
		return new AmcRow(line, invoice, organisation, claimed, paid, status, code.isEmpty() ? null : code,
				label.isEmpty() ? null : label, date, reference);
	}

	private char status(CSVRecord record, long line, String code, long paid) throws RowRefused {
		if (!index.containsKey(AmcColumn.STATUS)) {
			return !code.isEmpty() ? 'R' : paid > 0 ? 'P' : 'D';
		}
		String word = required(record, AmcColumn.STATUS, line);
		return profile.status(word)
			.orElseThrow(() -> refused(line, AmcColumn.STATUS, word, ReportCode.AMC_BAD_STATUS,
					"Statut inconnu : attendu l'un de " + profile.statusWords().keySet() + "."));
	}

	private java.math.BigDecimal amount(CSVRecord record, AmcColumn column, long line) throws RowRefused {
		String text = required(record, column, line);
		try {
			return Amounts.parse(text, profile.decimal());
		}
		catch (NumberFormatException e) {
			throw refused(line, column, text, ReportCode.AMC_BAD_AMOUNT,
					"Montant illisible (attendu par exemple 1234" + profile.decimal() + "56).");
		}
	}

	private LocalDate date(CSVRecord record, long line) throws RowRefused {
		String text = required(record, AmcColumn.PAYMENT_DATE, line);
		try {
			return LocalDate.parse(text, profile.dateFormat());
		}
		catch (DateTimeParseException e) {
			throw refused(line, AmcColumn.PAYMENT_DATE, text, ReportCode.AMC_BAD_DATE, "Date illisible ou impossible.");
		}
	}

	private String required(CSVRecord record, AmcColumn column, long line) throws RowRefused {
		String value = value(record, column);
		if (value.isEmpty()) {
			throw refused(line, column, "", ReportCode.AMC_MISSING_VALUE, "Valeur obligatoire absente.");
		}
		return value;
	}

	private String value(CSVRecord record, AmcColumn column) {
		Integer i = index.get(column);
		return i == null || i < 0 || i >= record.size() ? "" : record.get(i).strip();
	}

	private RowRefused refused(long line, AmcColumn column, String value, ReportCode code, String message) {
		return new RowRefused(new ReportedError(fileName, line, profile.columns().get(column), value, code, message));
	}

	/** A refused row and its report line. */
	static final class RowRefused extends Exception {

		private final transient ReportedError error;

		RowRefused(ReportedError error) {
			super(error.code(), null, false, false);
			this.error = error;
		}

		ReportedError error() {
			return error;
		}

	}

}
