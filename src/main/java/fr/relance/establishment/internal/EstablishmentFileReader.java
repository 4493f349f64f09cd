package fr.relance.establishment.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.util.unit.DataSize;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.DeliveryLimits;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.support.config.YamlFields;
import fr.relance.support.ids.Finess;
import fr.relance.support.ids.Iban;

/** Reads and validates one {@code <FINESS>.yml} establishment file. */
public final class EstablishmentFileReader {

	private static final Set<String> KEYS = Set.of("finess", "legalName", "sector", "address", "postcode", "city",
			"patientContact", "paymentUrl", "iban", "bic", "ledgerProfile", "scenario", "sftp",
			"ledgerRecordsBankPayments", "invoiceNumberPattern", "letters", "sms", "creditNetting",
			"adtAssigningAuthority");

	private static final Set<String> SFTP_KEYS = Set.of("user", "publicKeys", "pull", "maxFileSize", "maxFilesPerNight");

	private static final Set<String> PULL_KEYS = Set.of("host", "port", "user", "path", "privateKey", "knownHosts");

	private EstablishmentFileReader() {
	}

	public static Establishment read(Path file) {
		String name = file.getFileName().toString();
		YamlFields fields = YamlFields.parse(file);
		fields.onlyKeys(KEYS);
		String finess = Finess.normalise(fields.required("finess"));
		if (!Finess.isValid(finess)) {
			throw fields.error("finess", "'" + finess + "' is not a valid FINESS number (9 characters, Luhn key)");
		}
		if (!name.equals(finess + ".yml")) {
			throw fields.error("finess", "the file of establishment " + finess + " must be named " + finess + ".yml");
		}
		String iban = fields.optional("iban");
		if (iban != null && !Iban.isValid(iban)) {
			throw fields.error("iban", "is not a valid IBAN (check digits)");
		}
		return new Establishment(finess, fields.required("legalName"), sector(fields),
				fields.strings("address"),
				fields.optional("postcode"), fields.optional("city"), fields.optional("patientContact"),
				fields.optional("paymentUrl"), iban == null ? null : Iban.compact(iban), fields.optional("bic"),
				fields.required("ledgerProfile"), fields.required("scenario"), sftp(fields.child("sftp"), finess),
				ledgerRecordsBankPayments(fields), invoiceNumberPattern(fields), LetterSettingsReader.read(
						fields.child("letters")), SmsSettingsReader.read(fields.child("sms")),
				yesNo(fields, "creditNetting", false), fields.optional("adtAssigningAuthority"));
	}

	static boolean yesNo(YamlFields fields, String key, boolean defaultValue) {
		String value = fields.optional(key);
		if (value == null) {
			return defaultValue;
		}
		if (!value.equals("true") && !value.equals("false")) {
			throw fields.error(key, "must be true or false, got '" + value + "'");
		}
		return Boolean.parseBoolean(value);
	}

	/**
	 * Required, with no default: either wrong value is costly (every bank payment counted twice, or ignored), and only
	 * the establishment knows which one its ledger does.
	 */
	private static boolean ledgerRecordsBankPayments(YamlFields fields) {
		String key = "ledgerRecordsBankPayments";
		String value = fields.optional(key);
		if (value == null || (!value.equals("true") && !value.equals("false"))) {
			throw fields.error(key, (value == null ? "is required" : "must be true or false, got '" + value + "'")
					+ ": true when the establishment's ledger also records the patient payments that reach its bank"
					+ " account (a bank payment read from its statements is then already in the ledger's paid amounts"
					+ " and is not counted again); false when the ledger's paid amounts are its cash desk only (bank"
					+ " payments are added to them). Wrong, every bank payment is either counted twice (and reported"
					+ " as an over-payment) or ignored (and the patient chased)");
		}
		return Boolean.parseBoolean(value);
	}

	private static String invoiceNumberPattern(YamlFields fields) {
		String pattern = fields.optional("invoiceNumberPattern");
		if (pattern == null) {
			return null;
		}
		try {
			if (Pattern.compile(pattern.strip()).matcher("").matches()) {
				throw fields.error("invoiceNumberPattern", "matches an empty text: it must describe one invoice number,"
						+ " e.g. 'H\\d{10}'");
			}
		}
		catch (PatternSyntaxException e) {
			throw fields.error("invoiceNumberPattern", "is not a regular expression: "
					+ e.getDescription() + " near position " + e.getIndex());
		}
		return pattern.strip();
	}

	private static Sector sector(YamlFields fields) {
		String sector = fields.required("sector");
		try {
			return Sector.valueOf(sector.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw fields.error("sector", "must be 'private' or 'public', got '" + sector + "'");
		}
	}

	private static Sftp sftp(YamlFields sftp, String finess) {
		if (sftp == null) {
			return new Sftp(finess, java.util.List.of(), Optional.empty());
		}
		sftp.onlyKeys(SFTP_KEYS);
		String user = Optional.ofNullable(sftp.optional("user")).orElse(finess);
		YamlFields pull = sftp.child("pull");
		Optional<Pull> remote = Optional.empty();
		if (pull != null) {
			pull.onlyKeys(PULL_KEYS);
			remote = Optional.of(new Pull(pull.required("host"), pull.integer("port", 22), pull.required("user"),
					pull.required("path"), pull.required("privateKey"), pull.required("knownHosts")));
		}
		return new Sftp(user, sftp.strings("publicKeys"), remote, limits(sftp));
	}

	private static DeliveryLimits limits(YamlFields sftp) {
		OptionalLong maxFileSize = OptionalLong.empty();
		String size = sftp.optional("maxFileSize");
		if (size != null) {
			try {
				maxFileSize = OptionalLong.of(DataSize.parse(size.strip()).toBytes());
			}
			catch (IllegalArgumentException e) {
				throw sftp.error("maxFileSize", "must be a size such as 500MB or 2GB, got '" + size + "'");
			}
			if (maxFileSize.getAsLong() <= 0) {
				throw sftp.error("maxFileSize", "must be more than 0, got '" + size + "'");
			}
		}
		OptionalInt maxFiles = OptionalInt.empty();
		if (sftp.optional("maxFilesPerNight") != null) {
			int files = sftp.integer("maxFilesPerNight", 0);
			if (files <= 0) {
				throw sftp.error("maxFilesPerNight", "must be a whole number above 0");
			}
			maxFiles = OptionalInt.of(files);
		}
		return new DeliveryLimits(maxFileSize, maxFiles);
	}

}
