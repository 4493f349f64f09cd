package fr.relance.output.letters;

import java.util.List;
import java.util.Locale;

/**
 * The texts of a letter template. The mandatory ones carry what the law requires of an
 * amicable collection letter (CPCE R124-4: creditor, collector, sum due, how to pay, the
 * L111-8 text; and on later letters the first letter's reference and date); each must
 * hold its placeholders, or the template is refused at start-up.
 */
public enum TemplateBlock {

	PREVIOUS_LETTER(false, "firstReference", "firstDate"), GREETING(true), OPENING(true), DEBT(true, "total"),
	PAYMENT(true, "total"), PAY_ONLINE(true, "paymentUrl"), PAY_TRANSFER(true, "iban", "rf"),
	PAY_ACCOUNTANT(true, "accountantRoute"), CREDITOR(true, "creditor", "creditorAddress"),
	COLLECTOR(true, "collector", "collectorAddress"), CONTACT(false, "contact"), CLOSING(true), SIGNATURE(false),
	L111_8(true);

	private final boolean always;

	private final List<String> placeholders;

	TemplateBlock(boolean always, String... placeholders) {
		this.always = always;
		this.placeholders = List.of(placeholders);
	}

	/** Key in the template file: {@code pay-online}, {@code l111-8}... */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Required in every template (the others only when the template needs them). */
	public boolean always() {
		return this.always;
	}

	/** Placeholders the block must contain. */
	public List<String> placeholders() {
		return this.placeholders;
	}

	public static TemplateBlock ofKey(String key) {
		for (TemplateBlock block : values()) {
			if (block.key().equals(key)) {
				return block;
			}
		}
		return null;
	}

}
