package fr.relance.establishment.internal;

import java.util.Optional;
import java.util.OptionalInt;

import fr.relance.establishment.LetterSettings;
import fr.relance.establishment.LetterSettings.Collector;
import fr.relance.establishment.LetterSettings.PublicAccountant;
import fr.relance.support.config.YamlMap;

/** Reads the {@code letters} key of an establishment file; every part is optional. */
final class LetterSettingsReader {

	private LetterSettingsReader() {
	}

	static LetterSettings read(YamlMap letters) {
		if (letters == null) {
			return LetterSettings.DEFAULT;
		}
		letters.onlyKeys("senderLines", "collector", "publicAccountant", "duplex", "maxPerNight", "printProvider");
		OptionalInt max = OptionalInt.empty();
		Integer value = letters.integer("maxPerNight");
		if (value != null && value < 1) {
			letters.error("maxPerNight", "must be at least 1 (leave it out for no limit)");
		}
		else if (value != null) {
			max = OptionalInt.of(value);
		}
		YamlMap provider = letters.map("printProvider");
		return new LetterSettings(letters.strings("senderLines"), collector(letters.map("collector")),
				accountant(letters.map("publicAccountant")), letters.flag("duplex", false), max,
				provider == null ? Optional.empty() : Optional.of(EstablishmentFileReader.pull(provider)));
	}

	private static Optional<Collector> collector(YamlMap collector) {
		if (collector == null) {
			return Optional.empty();
		}
		collector.onlyKeys("name", "address", "postcode", "city", "statement");
		if (collector.strings("address").isEmpty()) {
			collector.error("address", "is required: the letter must give the collector's address (R124-4)");
		}
		return Optional
			.of(new Collector(collector.required("name"), collector.strings("address"), collector.required("postcode"),
					collector.required("city"), Optional.ofNullable(collector.text("statement"))));
	}

	private static Optional<PublicAccountant> accountant(YamlMap accountant) {
		if (accountant == null) {
			return Optional.empty();
		}
		accountant.onlyKeys("name", "paymentRoute");
		return Optional.of(new PublicAccountant(accountant.required("name"), accountant.required("paymentRoute")));
	}

}
