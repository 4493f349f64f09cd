package fr.relance.output.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * The SMS templates of {@code <jobs>/sms}, one per scenario step that sends an SMS, read
 * and checked at start-up: an unknown placeholder, a missing mandatory one (the first
 * letter's reference and date, the payment link) or a text that could exceed the segment
 * cap once its fields are at their widest stops the engine, naming the file, before a
 * message can go out longer (and dearer) than the scenario priced it.
 */
public final class SmsTemplates {

	private static final Set<String> KEYS = Set.of("version", "text");

	private final Map<String, SmsTemplate> byStep;

	private SmsTemplates(Map<String, SmsTemplate> byStep) {
		this.byStep = Map.copyOf(byStep);
	}

	public static SmsTemplates load(Path folder, int maxSegments) {
		Map<String, SmsTemplate> byStep = new LinkedHashMap<>();
		if (!Files.isDirectory(folder)) {
			return new SmsTemplates(byStep);
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((f) -> f.getFileName().toString().endsWith(".yml")).sorted().forEach((file) -> {
				SmsTemplate template = read(file, maxSegments);
				byStep.put(template.step(), template);
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the SMS templates in " + folder, e);
		}
		return new SmsTemplates(byStep);
	}

	public Optional<SmsTemplate> forStep(String stepId) {
		return Optional.ofNullable(this.byStep.get(stepId));
	}

	static SmsTemplate read(Path file, int maxSegments) {
		String name = file.getFileName().toString();
		YamlDocument document = YamlDocument.read(file);
		YamlMap fields = document.root();
		fields.onlyKeys(KEYS);
		String version = fields.required("version");
		String text = fields.required("text");
		if (text == null) {
			document.check();
		}
		Set<SmsField> used = new TreeSet<>();
		Matcher m = SmsTemplate.PLACEHOLDER.matcher(text);
		while (m.find()) {
			String key = m.group(1);
			SmsField.ofKey(key)
				.ifPresentOrElse(used::add, () -> fields.error("text", "unknown placeholder {" + key + "} (allowed: "
						+ Arrays.stream(SmsField.values()).map(SmsField::placeholder).collect(Collectors.joining(", "))
						+ ")"));
		}
		for (SmsField field : SmsField.values()) {
			if (field.required() && !used.contains(field)) {
				fields.error("text", "must contain " + field.placeholder()
						+ " (every SMS quotes the first letter's reference and date, CPCE R124-4, and a way to pay)");
			}
		}
		document.check();
		SmsTemplate template = new SmsTemplate(name.substring(0, name.length() - ".yml".length()), version,
				Gsm7.transliterate(text));
		int segments = template.widestSegments();
		if (segments > maxSegments) {
			fields.error("text", "can take " + segments + " SMS segments with its fields at their widest ("
					+ Gsm7.count(template.text()).units() + " characters without them), over the cap of " + maxSegments
					+ " (relance.output.sms.max-segments; the scenarios price an SMS at one segment)");
		}
		return document.result(() -> template);
	}

}
