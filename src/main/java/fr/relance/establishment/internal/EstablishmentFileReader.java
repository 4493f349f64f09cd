package fr.relance.establishment.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;


import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.EstablishmentConfigException;
import fr.relance.support.config.YamlFields;
import fr.relance.support.ids.Finess;
import fr.relance.support.ids.Iban;

/** Reads and validates one {@code <FINESS>.yml} establishment file. */
public final class EstablishmentFileReader {

	private static final Set<String> KEYS = Set.of("finess", "legalName", "sector", "address", "postcode", "city",
			"patientContact", "paymentUrl", "iban", "bic", "ledgerProfile", "scenario", "sftp",
			"ledgerRecordsBankPayments", "letters");

	private static final Set<String> SFTP_KEYS = Set.of("user", "publicKeys", "pull");

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
		Establishment establishment = new Establishment(finess, fields.required("legalName"), sector(fields),
				fields.strings("address"),
				fields.optional("postcode"), fields.optional("city"), fields.optional("patientContact"),
				fields.optional("paymentUrl"), iban == null ? null : Iban.compact(iban), fields.optional("bic"),
				fields.required("ledgerProfile"), fields.required("scenario"), sftp(fields.child("sftp"), finess),
				yesNo(fields, "ledgerRecordsBankPayments", false));
		return establishment.withLetters(LetterSettingsReader.read(fields.child("letters")));
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
		return new Sftp(user, sftp.strings("publicKeys"), remote);
	}

}
