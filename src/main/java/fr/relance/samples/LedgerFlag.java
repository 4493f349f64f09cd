package fr.relance.samples;

/** Words of the ledger's {@code flags} column, written {@code |}-separated. */
public enum LedgerFlag {

	DISPUTE("dispute"), DECEASED("deceased"), GUARDIANSHIP("guardianship"), SMS_OPTOUT("sms_optout");

	private final String code;

	LedgerFlag(String code) {
		this.code = code;
	}

	/** The word written in the file. */
	public String code() {
		return this.code;
	}

}
