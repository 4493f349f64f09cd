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

import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * The letter templates of {@code <jobs>/letters}, one per scenario step that sends a
 * letter, read and validated at start-up: a template lacking a mandatory block (or a
 * block lacking its placeholder) stops the engine, naming the file and the block, before
 * any letter can go out without a mention the law requires.
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
		YamlDocument document = YamlDocument.read(file);
		YamlMap fields = document.root();
		fields.onlyKeys(KEYS);
		boolean quotesFirst = fields.flag("quotesFirstLetter", false);
		YamlMap blocks = fields.map("blocks");
		Map<TemplateBlock, String> texts = new EnumMap<>(TemplateBlock.class);
		if (blocks == null) {
			fields.error("blocks", "is required");
		}
		else {
			blocks(blocks, quotesFirst, texts);
		}
		String version = fields.required("version");
		String subject = fields.required("subject");
		return document.result(() -> new LetterTemplate(step, version, subject, quotesFirst, texts));
	}

	/**
	 * Each block's text; a mandatory block missing, or lacking one of its placeholders,
	 * is refused.
	 */
	private static void blocks(YamlMap blocks, boolean quotesFirst, Map<TemplateBlock, String> texts) {
		for (String key : blocks.keys()) {
			TemplateBlock block = TemplateBlock.ofKey(key);
			if (block == null) {
				blocks.error(key, "unknown block (allowed: " + allowed() + ")");
				continue;
			}
			String text = blocks.text(key);
			if (text != null && !text.isBlank()) {
				texts.put(block, text.strip());
			}
		}
		for (TemplateBlock block : TemplateBlock.values()) {
			boolean required = block.always() || (block == TemplateBlock.PREVIOUS_LETTER && quotesFirst);
			String text = texts.get(block);
			if (text == null) {
				if (required) {
					blocks.error("mandatory block '" + block.key() + "' is missing");
				}
				continue;
			}
			Set<String> present = placeholders(text);
			for (String placeholder : block.placeholders()) {
				if (!present.contains(placeholder)) {
					blocks.error(block.key(), "must contain {" + placeholder + "}");
				}
			}
		}
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
