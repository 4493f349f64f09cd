package fr.relance.output.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * The e-mail templates of {@code <jobs>/email}, read and checked at start-up: an unknown
 * placeholder or a missing mandatory one (the creditor, the first letter's reference and
 * date, the payment link) stops the engine, naming the file, before an e-mail can go out
 * without them.
 */
public final class EmailTemplates {

	private static final Set<String> KEYS = Set.of("version", "subject", "text");

	private final Map<String, EmailTemplate> byStep;

	private EmailTemplates(Map<String, EmailTemplate> byStep) {
		this.byStep = Map.copyOf(byStep);
	}

	public static EmailTemplates load(Path folder) {
		Map<String, EmailTemplate> byStep = new LinkedHashMap<>();
		if (!Files.isDirectory(folder)) {
			return new EmailTemplates(byStep);
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((f) -> f.getFileName().toString().endsWith(".yml")).sorted().forEach((file) -> {
				EmailTemplate template = read(file);
				byStep.put(template.step(), template);
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the e-mail templates in " + folder, e);
		}
		return new EmailTemplates(byStep);
	}

	public Optional<EmailTemplate> forStep(String stepId) {
		return Optional.ofNullable(this.byStep.get(stepId));
	}

	static EmailTemplate read(Path file) {
		String name = file.getFileName().toString();
		YamlDocument document = YamlDocument.read(file);
		YamlMap fields = document.root();
		fields.onlyKeys(KEYS);
		String version = fields.required("version");
		String subject = fields.required("subject");
		String text = fields.required("text");
		Set<EmailField> used = new TreeSet<>();
		for (String key : new String[] { "subject", "text" }) {
			Matcher m = EmailTemplate.PLACEHOLDER
				.matcher(Objects.requireNonNullElse(key.equals("subject") ? subject : text, ""));
			while (m.find()) {
				String found = m.group(1);
				EmailField.ofKey(found)
					.ifPresentOrElse(used::add,
							() -> fields.error(key,
									"unknown placeholder {" + found + "} (allowed: "
											+ Arrays.stream(EmailField.values())
												.map(EmailField::placeholder)
												.collect(Collectors.joining(", "))
											+ ")"));
			}
		}
		for (EmailField field : EmailField.values()) {
			if (text != null && field.required() && !used.contains(field)) {
				fields.error("text", "must contain " + field.placeholder() + " (every e-mail names the creditor,"
						+ " quotes the first letter's reference and date, CPCE R124-4, and gives a way to pay)");
			}
		}
		return document.result(
				() -> new EmailTemplate(name.substring(0, name.length() - ".yml".length()), version, subject, text));
	}

}
