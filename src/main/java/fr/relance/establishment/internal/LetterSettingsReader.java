package fr.relance.establishment.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import fr.relance.establishment.Establishment.Pull;
import fr.relance.establishment.LetterSettings;
import fr.relance.establishment.LetterSettings.Collector;
import fr.relance.establishment.LetterSettings.PublicAccountant;
import fr.relance.support.config.YamlFields;

/** Reads the {@code letters} key of an establishment file; every part is optional. */
final class LetterSettingsReader {

	private static final Set<String> KEYS = Set.of("senderLines", "collector", "publicAccountant", "duplex",
			"maxPerNight", "printProvider");

	private static final Set<String> COLLECTOR_KEYS = Set.of("name", "address", "postcode", "city", "statement");

	private static final Set<String> ACCOUNTANT_KEYS = Set.of("name", "paymentRoute");

	private static final Set<String> PROVIDER_KEYS = Set.of("host", "port", "user", "path", "privateKey",
			"knownHosts");

	private LetterSettingsReader() {
	}

	static LetterSettings read(YamlFields letters) {
		if (letters == null) {
			return LetterSettings.DEFAULT;
		}
		letters.onlyKeys(KEYS);
		OptionalInt max = OptionalInt.empty();
		if (letters.optional("maxPerNight") != null) {
			int value = letters.integer("maxPerNight", 0);
			if (value < 1) {
				throw letters.error("maxPerNight", "must be at least 1 (leave it out for no limit)");
			}
			max = OptionalInt.of(value);
		}
		return new LetterSettings(letters.strings("senderLines"), collector(letters.child("collector")),
				accountant(letters.child("publicAccountant")),
				EstablishmentFileReader.yesNo(letters, "duplex", false), max,
				provider(letters.child("printProvider")));
	}

	private static Optional<Collector> collector(YamlFields collector) {
		if (collector == null) {
			return Optional.empty();
		}
		collector.onlyKeys(COLLECTOR_KEYS);
		if (collector.strings("address").isEmpty()) {
			throw collector.error("address", "is required: the letter must give the collector's address (R124-4)");
		}
		return Optional.of(new Collector(collector.required("name"), collector.strings("address"),
				collector.required("postcode"), collector.required("city"),
				Optional.ofNullable(collector.optional("statement"))));
	}

	private static Optional<PublicAccountant> accountant(YamlFields accountant) {
		if (accountant == null) {
			return Optional.empty();
		}
		accountant.onlyKeys(ACCOUNTANT_KEYS);
		return Optional.of(new PublicAccountant(accountant.required("name"), accountant.required("paymentRoute")));
	}

	private static Optional<Pull> provider(YamlFields provider) {
		if (provider == null) {
			return Optional.empty();
		}
		provider.onlyKeys(PROVIDER_KEYS);
		return Optional.of(new Pull(provider.required("host"), provider.integer("port", 22), provider.required("user"),
				provider.required("path"), provider.required("privateKey"), provider.required("knownHosts")));
	}

}
