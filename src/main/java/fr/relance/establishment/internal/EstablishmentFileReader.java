package fr.relance.establishment.internal;

import java.nio.file.Path;
import java.util.List;
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
import fr.relance.establishment.LetterSettings;
import fr.relance.establishment.SmsSettings;
import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;
import fr.relance.support.ids.Finess;
import fr.relance.support.ids.Iban;

/**
 * Reads and validates one {@code <FINESS>.yml} establishment file; every problem of the
 * file is reported at once.
 */
public final class EstablishmentFileReader {

	private static final Set<String> KEYS = Set.of("finess", "legalName", "sector", "address", "postcode", "city",
			"patientContact", "paymentUrl", "iban", "bic", "ledgerProfile", "scenario", "sftp",
			"ledgerRecordsBankPayments", "invoiceNumberPattern", "letters", "sms", "creditNetting",
			"adtAssigningAuthority");

	private static final Set<String> SFTP_KEYS = Set.of("user", "publicKeys", "pull", "maxFileSize",
			"maxFilesPerNight");

	private EstablishmentFileReader() {
	}

	public static Establishment read(Path file) {
		YamlDocument document = YamlDocument.read(file);
		YamlMap y = document.root();
		y.onlyKeys(KEYS);
		String finess = finess(y, file.getFileName().toString());
		String iban = y.text("iban");
		if (iban != null && !Iban.isValid(iban)) {
			y.error("iban", "is not a valid IBAN (check digits)");
		}
		String legalName = y.required("legalName");
		Sector sector = sector(y);
		String ledgerProfile = y.required("ledgerProfile");
		String scenario = y.required("scenario");
		Sftp sftp = sftp(y.map("sftp"), finess);
		boolean bankPayments = ledgerRecordsBankPayments(y);
		String pattern = invoiceNumberPattern(y);
		LetterSettings letters = LetterSettingsReader.read(y.map("letters"));
		SmsSettings sms = SmsSettingsReader.read(y.map("sms"));
		boolean creditNetting = y.flag("creditNetting", false);
		return document.result(() -> new Establishment(finess, legalName, sector, y.strings("address"),
				y.text("postcode"), y.text("city"), y.text("patientContact"), y.text("paymentUrl"),
				iban == null ? null : Iban.compact(iban), y.text("bic"), ledgerProfile, scenario, sftp, bankPayments,
				pattern, letters, sms, creditNetting, y.text("adtAssigningAuthority")));
	}

	private static String finess(YamlMap y, String fileName) {
		String given = y.required("finess");
		if (given == null) {
			return null;
		}
		String finess = Finess.normalise(given);
		if (!Finess.isValid(finess)) {
			y.error("finess", "'" + finess + "' is not a valid FINESS number (9 characters, Luhn key)");
		}
		else if (!fileName.equals(finess + ".yml")) {
			y.error("finess", "the file of establishment " + finess + " must be named " + finess + ".yml");
		}
		return finess;
	}

	/**
	 * Required, with no default: either wrong value is costly (every bank payment counted
	 * twice, or ignored), and only the establishment knows which one its ledger does.
	 */
	private static boolean ledgerRecordsBankPayments(YamlMap y) {
		Boolean value = y.requiredFlag("ledgerRecordsBankPayments", ": true when the establishment's ledger also"
				+ " records the patient payments that reach its bank account (a bank payment read from its statements is"
				+ " then already in the ledger's paid amounts and is not counted again); false when the ledger's paid"
				+ " amounts are its cash desk only (bank payments are added to them). Wrong, every bank payment is either"
				+ " counted twice (and reported as an over-payment) or ignored (and the patient chased)");
		return Boolean.TRUE.equals(value);
	}

	private static String invoiceNumberPattern(YamlMap y) {
		String pattern = y.text("invoiceNumberPattern");
		if (pattern == null) {
			return null;
		}
		try {
			if (Pattern.compile(pattern.strip()).matcher("").matches()) {
				y.error("invoiceNumberPattern",
						"matches an empty text: it must describe one invoice number," + " e.g. 'H\\d{10}'");
			}
		}
		catch (PatternSyntaxException e) {
			y.error("invoiceNumberPattern",
					"is not a regular expression: " + e.getDescription() + " near position " + e.getIndex());
		}
		return pattern.strip();
	}

	private static Sector sector(YamlMap y) {
		String sector = y.required("sector");
		try {
			return sector == null ? null : Sector.valueOf(sector.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			y.error("sector", "must be 'private' or 'public', got '" + sector + "'");
			return null;
		}
	}

	private static Sftp sftp(YamlMap sftp, String finess) {
		if (sftp == null) {
			return new Sftp(finess, List.of(), Optional.empty());
		}
		sftp.onlyKeys(SFTP_KEYS);
		String user = sftp.text("user", finess);
		YamlMap pull = sftp.map("pull");
		return new Sftp(user, sftp.strings("publicKeys"), pull == null ? Optional.empty() : Optional.of(pull(pull)),
				limits(sftp));
	}

	/**
	 * A remote SFTP server: the establishment's own ({@code sftp.pull}) or a print
	 * provider's.
	 */
	static Pull pull(YamlMap server) {
		server.onlyKeys("host", "port", "user", "path", "privateKey", "knownHosts");
		return new Pull(server.required("host"), server.integer("port", 22), server.required("user"),
				server.required("path"), server.required("privateKey"), server.required("knownHosts"));
	}

	private static DeliveryLimits limits(YamlMap sftp) {
		OptionalLong maxFileSize = OptionalLong.empty();
		String size = sftp.text("maxFileSize");
		if (size != null) {
			try {
				maxFileSize = OptionalLong.of(DataSize.parse(size.strip()).toBytes());
				if (maxFileSize.getAsLong() <= 0) {
					sftp.error("maxFileSize", "must be more than 0, got '" + size + "'");
				}
			}
			catch (IllegalArgumentException e) {
				sftp.error("maxFileSize", "must be a size such as 500MB or 2GB, got '" + size + "'");
			}
		}
		OptionalInt maxFiles = OptionalInt.empty();
		Integer files = sftp.integer("maxFilesPerNight");
		if (files != null && files <= 0) {
			sftp.error("maxFilesPerNight", "must be a whole number above 0");
		}
		else if (files != null) {
			maxFiles = OptionalInt.of(files);
		}
		return new DeliveryLimits(maxFileSize, maxFiles);
	}

}
