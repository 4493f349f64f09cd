package fr.relance.support.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money helpers. Amounts are euros as {@link BigDecimal} with scale 2 (or long cents in
 * the fixed-width readers); never {@code double}. Documents use French formatting:
 * {@code 1 234,56 €}.
 */
public final class Amounts {

	/**
	 * Narrow no-break space, the French thousands separator (needs an embedded font in
	 * PDFs).
	 */
	public static final char THOUSANDS = '\u202F';

	private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d{1,2})?");

	private Amounts() {
	}

	/** Euros from integer cents. */
	public static BigDecimal ofCents(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/** Integer cents of an amount that must already be exact to the cent. */
	public static long toCents(BigDecimal euros) {
		return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
	}

	/**
	 * Normalises to scale 2; refuses sub-cent precision rather than rounding money
	 * silently.
	 */
	public static BigDecimal exact(BigDecimal euros) {
		return euros.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * Parses a decimal amount written with a comma or a point (never both as decimal
	 * mark), optional thousands spaces, optional leading minus. Throws
	 * {@link NumberFormatException} on anything else.
	 */
	public static BigDecimal parse(String text, char decimalMark) {
		String s = text.strip().replace(" ", "").replace("\u00A0", "").replace(String.valueOf(THOUSANDS), "");
		if (s.isEmpty()) {
			throw new NumberFormatException("empty amount");
		}
		if (decimalMark == ',') {
			if (s.indexOf('.') >= 0) {
				throw new NumberFormatException("point in a decimal-comma amount: " + text);
			}
			s = s.replace(',', '.');
		}
		else if (s.indexOf(',') >= 0) {
			throw new NumberFormatException("comma in a decimal-point amount: " + text);
		}
		if (!DECIMAL.matcher(s).matches()) {
			throw new NumberFormatException("not an amount with at most 2 decimals: " + text);
		}
		return new BigDecimal(s).setScale(2, RoundingMode.UNNECESSARY);
	}

	/** French display: {@code 1 234,56 €} with a narrow no-break space for thousands. */
	public static String french(BigDecimal euros) {
		return frenchNumber(euros) + "\u00A0€";
	}

	/** French number without the currency sign: {@code 1 234,56}. */
	public static String frenchNumber(BigDecimal euros) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
		symbols.setGroupingSeparator(THOUSANDS);
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(exact(euros));
	}

}
