package fr.relance.establishment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A clinic or hospital served by Relance, as configured in
 * {@code <establishments>/<FINESS>.yml}: who it is (printed on letters as the creditor),
 * how its files are read, which dunning scenario applies, and how it reaches us.
 *
 * @param finess 9-character FINESS number (valid Luhn key); also the name of its
 * drop-zone folder
 * @param legalName name printed as the creditor (prefer the neutral legal name over any
 * care-unit name)
 * @param sector {@code private} or {@code public}: limitation periods and collection
 * rules differ
 * @param address postal address lines of the creditor
 * @param patientContact the line patients call or write to
 * @param paymentUrl payment page printed on letters
 * @param iban account for transfers (EPC QR code on letters), optional
 * @param ledgerProfile mapping profile of its ledger exports
 * ({@code jobs/profiles/<name>.yml})
 * @param scenario dunning scenario ({@code jobs/scenarios/<name>.yml})
 * @param sftp how it delivers files: SFTP account keys and optional remote pull
 * @param ledgerRecordsBankPayments whether its ledger also records the patient payments
 * reaching its bank account (then a bank payment we read and the ledger's paid amount may
 * be the same money); always stated in the file, since either wrong value is costly: a
 * payment counted twice or not at all
 * @param invoiceNumberPattern the shape of its invoice numbers (a regular expression
 * matched whole, in any case) for reading them on patients' transfers; null: derived from
 * the invoices its ledgers brought
 * @param letters how its letters are printed and paid (the {@code letters} key)
 * @param sms its SMS sender id and short payment link (the {@code sms} key)
 * @param creditNetting whether a patient's over-payment may settle the same patient's
 * other open invoices at this establishment ({@code creditNetting}, default false: the
 * case is held and the credit listed for refund)
 * @param adtAssigningAuthority the assigning authority (PID-3.4) under which its patient
 * administration system sends its own patient identifiers (IPP) in HL7 ADT messages;
 * null: it sends no ADT feed (its messages are refused), as no other identifier of PID-3
 * may be used
 */
public record Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
		String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
		String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern,
		LetterSettings letters, SmsSettings sms, boolean creditNetting, String adtAssigningAuthority) {

	public Establishment {
		letters = letters == null ? LetterSettings.DEFAULT : letters;
		sms = sms == null ? SmsSettings.DEFAULT : sms;
	}

	/**
	 * An establishment with the default SMS settings, not netting credits, sending no HL7
	 * ADT feed.
	 */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern,
			LetterSettings letters) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, invoiceNumberPattern, letters, SmsSettings.DEFAULT, false,
				null);
	}

	/** An establishment not netting credits, sending no HL7 ADT feed. */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern,
			LetterSettings letters, SmsSettings sms) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, invoiceNumberPattern, letters, sms, false, null);
	}

	/** An establishment with the default SMS settings, sending no HL7 ADT feed. */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern,
			LetterSettings letters, boolean creditNetting) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, invoiceNumberPattern, letters, SmsSettings.DEFAULT,
				creditNetting, null);
	}

	/**
	 * An establishment with the default SMS settings, not netting credits, with its ADT
	 * feed's authority.
	 */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern,
			LetterSettings letters, String adtAssigningAuthority) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, invoiceNumberPattern, letters, SmsSettings.DEFAULT, false,
				adtAssigningAuthority);
	}

	/** The same establishment with other SMS settings. */
	public Establishment withSms(SmsSettings settings) {
		return new Establishment(this.finess, this.legalName, this.sector, this.address, this.postcode, this.city,
				this.patientContact, this.paymentUrl, this.iban, this.bic, this.ledgerProfile, this.scenario, this.sftp,
				this.ledgerRecordsBankPayments, this.invoiceNumberPattern, this.letters, settings, this.creditNetting,
				this.adtAssigningAuthority);
	}

	/** The same establishment, netting credits or not. */
	public Establishment withCreditNetting(boolean netting) {
		return new Establishment(this.finess, this.legalName, this.sector, this.address, this.postcode, this.city,
				this.patientContact, this.paymentUrl, this.iban, this.bic, this.ledgerProfile, this.scenario, this.sftp,
				this.ledgerRecordsBankPayments, this.invoiceNumberPattern, this.letters, this.sms, netting,
				this.adtAssigningAuthority);
	}

	/** The same establishment with its ADT feed's assigning authority. */
	public Establishment withAdtAssigningAuthority(String authority) {
		return new Establishment(this.finess, this.legalName, this.sector, this.address, this.postcode, this.city,
				this.patientContact, this.paymentUrl, this.iban, this.bic, this.ledgerProfile, this.scenario, this.sftp,
				this.ledgerRecordsBankPayments, this.invoiceNumberPattern, this.letters, this.sms, this.creditNetting,
				authority);
	}

	/** An establishment with the default letter settings. */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments, String invoiceNumberPattern) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, invoiceNumberPattern, LetterSettings.DEFAULT);
	}

	/** The same establishment with other letter settings. */
	public Establishment withLetters(LetterSettings settings) {
		return new Establishment(this.finess, this.legalName, this.sector, this.address, this.postcode, this.city,
				this.patientContact, this.paymentUrl, this.iban, this.bic, this.ledgerProfile, this.scenario, this.sftp,
				this.ledgerRecordsBankPayments, this.invoiceNumberPattern, settings, this.sms, this.creditNetting,
				this.adtAssigningAuthority);
	}

	/**
	 * An establishment whose invoice numbers are read with the pattern derived from its
	 * ledgers, with the default letter settings.
	 */
	public Establishment(String finess, String legalName, Sector sector, List<String> address, String postcode,
			String city, String patientContact, String paymentUrl, String iban, String bic, String ledgerProfile,
			String scenario, Sftp sftp, boolean ledgerRecordsBankPayments) {
		this(finess, legalName, sector, address, postcode, city, patientContact, paymentUrl, iban, bic, ledgerProfile,
				scenario, sftp, ledgerRecordsBankPayments, null, LetterSettings.DEFAULT);
	}

	public enum Sector {

		PRIVATE, PUBLIC

	}

	/**
	 * @param user SFTP login of the establishment (default: its FINESS)
	 * @param publicKeys OpenSSH public keys allowed to log in
	 * ({@code ssh-ed25519 AAAA... comment})
	 * @param pull optional remote server the engine downloads from
	 * @param limits this establishment's own limits on what it may deliver (empty: the
	 * engine's defaults)
	 */
	public record Sftp(String user, List<String> publicKeys, Optional<Pull> pull, DeliveryLimits limits) {

		public Sftp(String user, List<String> publicKeys, Optional<Pull> pull) {
			this(user, publicKeys, pull, DeliveryLimits.DEFAULTS);
		}

	}

	/**
	 * Overrides of the engine's delivery limits ({@code relance.intake.max-file-size},
	 * {@code relance.intake.max-files-per-night}) for one establishment, from
	 * {@code sftp.maxFileSize} and {@code sftp.maxFilesPerNight}.
	 */
	public record DeliveryLimits(OptionalLong maxFileSize, OptionalInt maxFilesPerNight) {

		public static final DeliveryLimits DEFAULTS = new DeliveryLimits(OptionalLong.empty(), OptionalInt.empty());

	}

	/**
	 * A remote SFTP server where the establishment leaves its files for us.
	 *
	 * @param host remote host
	 * @param port remote port
	 * @param user login
	 * @param path remote folder to take files from
	 * @param privateKey path of the engine's private key for that server
	 * @param knownHosts path of the known_hosts file that pins the server's host key
	 */
	public record Pull(String host, int port, String user, String path, String privateKey, String knownHosts) {
	}

}
