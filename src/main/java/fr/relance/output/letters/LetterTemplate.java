package fr.relance.output.letters;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One letter template ({@code jobs/letters/<step id>.yml}), already validated.
 *
 * @param step the scenario step id it is for (the file name)
 * @param version recorded on every action rendered with it
 * @param quotesFirstLetter a later letter: it opens with the first letter's reference and
 * date
 */
public record LetterTemplate(String step, String version, String subject, boolean quotesFirstLetter,
		Map<TemplateBlock, String> blocks) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	public LetterTemplate {
		blocks = Map.copyOf(blocks);
	}

	/**
	 * The block with its placeholders filled; empty when the template has no such block.
	 */
	public String text(TemplateBlock block, Map<String, String> values) {
		String text = this.blocks.get(block);
		if (text == null) {
			return "";
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 64);
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** Whether the block's text uses any of these placeholders. */
	public boolean uses(TemplateBlock block, Set<String> placeholders) {
		String text = this.blocks.get(block);
		if (text == null) {
			return false;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (placeholders.contains(m.group(1))) {
				return true;
			}
		}
		return false;
	}

	public boolean has(TemplateBlock block) {
		return this.blocks.containsKey(block);
	}

}
