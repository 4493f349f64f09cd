package fr.relance.output.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import fr.relance.support.config.ConfigException;
import fr.relance.support.config.YamlFields;

/**
 * The letter templates of {@code <jobs>/letters}, one per scenario step that sends a letter, read and validated at
 * start-up: a template lacking a mandatory block (or a block lacking its placeholder) stops the engine, naming the
 * file and the block, before any letter can go out without a mention the law requires.
 */
public final class LetterTemplates {

	private static final Set<String> KEYS = Set.of("version", "subject", "quotesFirstLetter", "blocks");

	private final Map<String, LetterTemplate> byStep;

	private LetterTemplates(Map<String, LetterTemplate> byStep) {
		this.byStep = Map.copyOf(byStep);
	}

	public static LetterTemplates load(Path folder) {
		Map<String, LetterTemplate> byStep = new LinkedHashMap<>();
		if (!Files.isDirectory(folder)) {
			return new LetterTemplates(byStep);
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((f) -> f.getFileName().toString().endsWith(".yml")).sorted().forEach((file) -> {
				LetterTemplate template = read(file);
				byStep.put(template.step(), template);
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the letter templates in " + folder, e);
		}
		return new LetterTemplates(byStep);
	}

	/** The template of a scenario step. */
	public Optional<LetterTemplate> forStep(String stepId) {
		return Optional.ofNullable(this.byStep.get(stepId));
	}

	public java.util.Collection<LetterTemplate> all() {
		return this.byStep.values();
	}

	static LetterTemplate read(Path file) {
		String name = file.getFileName().toString();
		String step = name.substring(0, name.length() - ".yml".length());
		YamlFields fields = YamlFields.parse(file);
		fields.onlyKeys(KEYS);
		String quotes = fields.optional("quotesFirstLetter");
		if (quotes != null && !quotes.equals("true") && !quotes.equals("false")) {
			throw fields.error("quotesFirstLetter", "must be true or false, got '" + quotes + "'");
		}
		boolean quotesFirst = Boolean.parseBoolean(quotes);
		YamlFields blocks = fields.child("blocks");
		if (blocks == null) {
			throw fields.error("blocks", "is required");
		}
		Map<TemplateBlock, String> texts = new EnumMap<>(TemplateBlock.class);
		for (Object key : blocks.raw().keySet()) {
			TemplateBlock block = TemplateBlock.ofKey(String.valueOf(key));
			if (block == null) {
				throw blocks.error(String.valueOf(key), "unknown block (allowed: " + allowed() + ")");
			}
			String text = blocks.optional(block.key());
			if (text != null && !text.isBlank()) {
				texts.put(block, text.strip());
			}
		}
		for (TemplateBlock block : TemplateBlock.values()) {
			boolean required = block.always() || (block == TemplateBlock.PREVIOUS_LETTER && quotesFirst);
			String text = texts.get(block);
			if (text == null) {
				if (required) {
					throw new ConfigException(name + ": mandatory block '" + block.key() + "' is missing");
				}
				continue;
			}
			Set<String> present = placeholders(text);
			for (String placeholder : block.placeholders()) {
				if (!present.contains(placeholder)) {
					throw new ConfigException(name + ": block '" + block.key() + "' must contain {" + placeholder + "}");
				}
			}
		}
		return new LetterTemplate(step, fields.required("version"), fields.required("subject"), quotesFirst, texts);
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = LetterTemplate.PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String allowed() {
		return Stream.of(TemplateBlock.values()).map(TemplateBlock::key).toList().toString();
	}

}
