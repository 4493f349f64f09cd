package fr.relance.samples;

import java.util.Locale;

/**
 * Header contract of the standard ledger profile ({@code relance-standard}): the columns
 * in file order, each named as in the header line. UTF-8 without BOM, {@code ;}
 * separator, decimal comma, dates {@code dd/MM/yyyy}, CRLF, fields quoted only when
 * needed. {@code flags} holds {@link LedgerFlag} words separated by {@code |};
 * {@code amc_org} is a 9-digit AMC organisation number or empty. The
 * {@code positional-utf8} profile has the same columns in the same order, by position.
 */
public enum LedgerColumn {

	FINESS, INVOICE_NUMBER, PATIENT_ID, LAST_NAME, FIRST_NAME, ADDRESS_LINE1, ADDRESS_LINE2, POSTCODE, CITY, PHONE,
	EMAIL, BIRTH_DATE, CARE_DATE, INVOICE_DATE, DUE_DATE, TOTAL, AMO_DUE, AMC_DUE, AMC_ORG, PATIENT_DUE, AMO_PAID,
	AMC_PAID, PATIENT_PAID, FLAGS;

	/** Name in the header line. */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The whole header, in order. */
	public static String[] headers() {
		LedgerColumn[] columns = values();
		String[] headers = new String[columns.length];
		for (int i = 0; i < columns.length; i++) {
			headers[i] = columns[i].header();
		}
		return headers;
	}

}
