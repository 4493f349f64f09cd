package fr.relance.intake;

/**
 * One line of an establishment's error report: a refused file (line 0) or a refused row
 * or field.
 *
 * @param file file name as dropped
 * @param line line number in the file, 0 for the whole file
 * @param field the column or zone at fault, empty for the whole file
 * @param valueMasked the faulty value, masked when it could identify a patient
 * @param code stable reason code: a {@link ReportCode} or a format's refusal reason
 * @param messageFr explanation for the establishment, in French
 */
public record ReportedError(String file, long line, String field, String valueMasked, String code, String messageFr) {

	public ReportedError(String file, long line, String field, String valueMasked, ReportCode code, String messageFr) {
		this(file, line, field, valueMasked, code.name(), messageFr);
	}

	public static ReportedError wholeFile(String file, Refusal refusal) {
		return new ReportedError(file, 0, "", "", refusal.code(), refusal.messageFr());
	}

}
