package fr.relance.intake;

/**
 * Every code intake and the importers can write in an establishment's error report, for a
 * whole file refused or for one line rejected or warned about. The formats' own refusal
 * reasons ({@code NoemieReason}, {@code B2Reason}) are enums of their package and appear
 * in the report under their names. Each code is explained to establishments in
 * {@code docs/formats.md#error-codes}; a test keeps that table and this enum in step.
 */
public enum ReportCode {

	// whole files, at intake
	EMPTY_FILE("the file is empty"), UNKNOWN_FORMAT("the content matches no format the establishment is set up for"),
	FOREIGN_FINESS("the content names another establishment than the drop folder's"),
	HELD_FOR_REVIEW("the same bytes came from another establishment; held for ops"),
	SYMBOLIC_LINK("a symbolic link was dropped; never followed"),
	INTAKE_FAILED("a technical error while taking the file; ops are told"),
	CHANGED_DURING_INTAKE("the file was still being written while it was taken"),
	ARCHIVE("a zip, gz, 7z or rar archive; never opened"), UTF16_TEXT("UTF-16 or UTF-32 text"),
	FILE_TOO_LARGE("over the size limit of one file"),
	DUPLICATE_FILE("the same bytes were already received, archived, not imported again"),

	// any text file, while imported
	CONTROL_CHARACTER("a value holds a control character (NUL, a line break inside quotes...)"),
	RECORD_TOO_LONG("a line or a field is longer than any real export"),

	// ledgers (CSV profiles and FEC)
	WRONG_CHARSET("the bytes do not match the profile's character set"),
	WRONG_HEADER("the header does not match the profile's columns"),
	TRUNCATED_FILE("the file ends in the middle of a line or of a field"), NO_DATA_ROWS("a header and no data line"),
	TOO_MANY_BAD_ROWS("more rejected lines than the profile allows: nothing of the file applied"),
	DUPLICATE_INVOICE_IN_FILE("the same invoice number twice in one file"), MISSING_INVOICE_NUMBER("no invoice number"),
	MISSING_PATIENT_ID("no patient identifier (IPP)"), MISSING_NAME("no patient last name"),
	MISSING_DATE("neither invoice date nor care date"), MISSING_AMOUNT("an amount column is empty"),
	NEGATIVE_AMOUNT("a negative amount"), ABSURD_AMOUNT("an amount above the largest an invoice may carry"),
	BAD_AMOUNT("an amount that cannot be read"), BAD_DATE("a date that cannot be read or does not exist"),
	PARTS_DO_NOT_ADD_UP("AMO + AMC + patient parts differ from the total"),
	CARE_DATE_IN_FUTURE("a care date after the night"),
	BAD_BIRTH_DATE("a birth date that cannot be read; ignored (warning)"),
	INVALID_POSTCODE("not a French postcode; the address is ignored (warning)"),
	POSTCODE_CITY_MISMATCH("the city is not one of the postcode's communes (warning)"),
	INVALID_PHONE("not a French phone number; ignored (warning)"),
	NOT_A_MOBILE("a landline in the mobile column; no SMS (warning)"),
	INVALID_EMAIL("not an e-mail address; ignored (warning)"),
	NO_RECEIVABLES("a FEC without any patient receivable account line"),
	MISSING_FEC_REFERENCE("a FEC line without auxiliary account or piece reference"),
	BAD_FEC_LINE("a FEC line whose debit and credit cannot be read"),

	// NOEMIE and B2, beyond the formats' own reasons
	DUPLICATE_REMITTANCE("a payer return already posted from an earlier file"),
	B2_AMBIGUOUS_INVOICE("a B2 invoice number matching several ledger invoices"),
	B2_LEDGER_MISMATCH("a B2 part differs from the ledger's part of the same invoice (warning)"),

	// mutuelle statements
	AMC_UNKNOWN_PROFILE("no statement profile matches the file"), AMC_EMPTY_STATEMENT("a statement without any line"),
	AMC_TOO_MANY_BAD_ROWS("more rejected lines than a statement may have: nothing applied"),
	AMC_MISSING_VALUE("a required column is empty"), AMC_BAD_AMOUNT("an amount that cannot be read"),
	AMC_BAD_DATE("a date that cannot be read"), AMC_BAD_STATUS("a status word the profile does not list"),

	// patient payments (payment page exports, camt.053 statements)
	UNREADABLE_STATEMENT("a bank statement that cannot be read as camt.053"),
	ACCOUNT_MISMATCH("a bank statement of another account than the establishment's"),

	// patient movements (HL7 ADT)
	ADT_NOT_CONFIGURED("an ADT file while the establishment has no ADT feed set up"),
	NO_READABLE_MESSAGE("an ADT file without any readable message"),

	// returned mail and SMS stop lists
	MISSING_REFERENCE("no letter or case reference"),
	UNKNOWN_LETTER("the letter reference matches no letter of the establishment"),
	LETTER_NOT_SENT("the letter referenced was never sent"),
	BAD_RETURN_DATE("a return date before the letter was sent or after the night"),
	UNKNOWN_RETURN_REASON("a return reason not in the list"), BAD_PHONE("not a phone number"),

	// follow-up files (answers of the establishment's staff)
	UNKNOWN_PATIENT("no patient of the establishment with this IPP"), FUTURE_DATE("a date after the night"),
	UNKNOWN_EVENT("an event word not in the list"), UNKNOWN_CHANNEL("a channel word not in the list"),
	UNKNOWN_ORIGIN("an origin word not in the list"),
	BAD_PROMISE_DATE("a promised date not in the days after the call"),
	BAD_INSTALMENT_COUNT("a number of instalments unreadable or out of range"),
	BAD_PERIOD("an instalment period in months unreadable or out of range"),
	MISSING_THIRD_PARTY("a hand-over without the third party's name, or a name too long"),
	BAD_ADDRESS("a corrected address that is incomplete or too long"),
	UNKNOWN_PLAN("no payment plan of the patient matches the end of plan"),
	UNKNOWN_DISPUTE("no open dispute of the patient at that date"),
	NO_NUMBER_KNOWN("a call outcome for a patient without a phone number"),
	UNKNOWN_CASE("the case reference matches no case of the establishment"),
	UNKNOWN_PROPOSAL("no write-off proposal was sent for this case"),
	ANSWER_NOT_APPLICABLE("an answer contradicting one already recorded (a refusal after an accepted write-off)"),
	UNKNOWN_HANDOVER("no hand-over was sent for this case"), NOT_HANDED_OVER("the case is not with a collector"),
	ALREADY_RETURNED("the collector's return was already recorded with another amount"),
	AMOUNT_ABOVE_BALANCE("an amount recovered above the case's balance"),
	NOT_UNDER_REVIEW("the case is not waiting for a review"),
	REVIEW_NOT_RELEASABLE("a review reason (dispute, limitation, overpayment) a follow-up line cannot release"),
	ADDRESS_REQUIRED("releasing this review needs a new address"),
	CONTACT_REQUIRED("releasing this review needs an address or a phone number");

	private final String meaning;

	ReportCode(String meaning) {
		this.meaning = meaning;
	}

	/**
	 * What the code means, in a few words (the explanation the establishment reads is the
	 * report's French text).
	 */
	public String meaning() {
		return meaning;
	}

}
