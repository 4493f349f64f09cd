package fr.relance.output.email;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scenario step's e-mail, {@code <jobs>/email/<step>.yml}: a subject and a plain text
 * whose blank lines separate paragraphs; the HTML part is made from the same text, so
 * both always say the same thing.
 */
public record EmailTemplate(String step, String version, String subject, String text) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

	public String subject(Map<EmailField, String> values) {
		return fill(this.subject, values);
	}

	public String plain(Map<EmailField, String> values) {
		return fill(this.text, values);
	}

	/** The text as HTML: escaped, one paragraph per block, the payment link clickable. */
	public String html(Map<EmailField, String> values) {
		String link = values.getOrDefault(EmailField.LIEN, "");
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\">"
				+ "<title>" + escape(subject(values)) + "</title></head><body>\n");
		for (String paragraph : plain(values).split("\\n\\s*\\n")) {
			String escaped = escape(paragraph.strip()).replace("\n", "<br>\n");
			if (!link.isEmpty()) {
				escaped = escaped.replace(escape(link), "<a href=\"" + escape(link) + "\">" + escape(link) + "</a>");
			}
			html.append("<p>").append(escaped).append("</p>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static String fill(String template, Map<EmailField, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			EmailField field = EmailField.ofKey(m.group(1)).orElseThrow();
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(field, "")));
		}
		m.appendTail(out);
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
