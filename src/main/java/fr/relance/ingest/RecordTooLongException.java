package fr.relance.ingest;

import java.util.List;
import java.util.Locale;

import fr.relance.intake.ReportCode;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;

/**
 * A record or a field longer than {@link RecordLimits} allow: the file is refused whole
 * (code {@value #CODE}) and quarantined, the night goes on. The report names the line
 * and, when known, the field.
 */
public final class RecordTooLongException extends FileRefusedException {

	public static final ReportCode CODE = ReportCode.RECORD_TOO_LONG;

	private RecordTooLongException(Refusal refusal, ReportedError where) {
		super(refusal, List.of(where));
	}

	static RecordTooLongException record(String file, long line, int limit) {
		String message = String.format(Locale.FRANCE, "La ligne %d dépasse %,d caractères : une fin de ligne manque ou "
				+ "le fichier est abîmé (par exemple rempli de zéros). Rien n'a été importé.", line, limit);
		return new RecordTooLongException(new Refusal(CODE, message),
				new ReportedError(file, line, "", "", CODE, message));
	}

	static RecordTooLongException field(String file, long line, String field, int limit) {
		String message = String.format(Locale.FRANCE,
				"Le champ « %s » de la ligne %d dépasse %,d caractères : un "
						+ "guillemet n'est pas refermé ou le fichier est abîmé. Rien n'a été importé.",
				field, line, limit);
		return new RecordTooLongException(new Refusal(CODE, message),
				new ReportedError(file, line, field, "", CODE, message));
	}

}
