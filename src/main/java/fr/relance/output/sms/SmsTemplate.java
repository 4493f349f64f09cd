package fr.relance.output.sms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one scenario step's SMS, {@code <jobs>/sms/<step>.yml}, already in the
 * GSM-7 alphabet.
 *
 * @param step the scenario step it is sent for
 * @param version stored on every SMS sent with it
 * @param text with its {@code {field}} placeholders
 */
public record SmsTemplate(String step, String version, String text) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

	/** The text with its fields filled in and transliterated, as sent. */
	public String render(Map<SmsField, String> values) {
		Matcher m = PLACEHOLDER.matcher(this.text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			SmsField field = SmsField.ofKey(m.group(1)).orElseThrow();
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(field, "")));
		}
		m.appendTail(out);
		return Gsm7.transliterate(out.toString());
	}

	/** Segments of the longest text it can produce. */
	int widestSegments() {
		Map<SmsField, String> widest = new java.util.EnumMap<>(SmsField.class);
		for (SmsField field : SmsField.values()) {
			widest.put(field, field.widest());
		}
		return Gsm7.count(render(widest)).segments();
	}

}
