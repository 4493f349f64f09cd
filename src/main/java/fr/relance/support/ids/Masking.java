package fr.relance.support.ids;

/**
 * Masks identifiers before they reach a log or an ops report: health data rules forbid
 * NIR, and patient identifiers are shown only by their last characters.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * Keeps the last {@code visible} characters: {@code 000123456} becomes
	 * {@code *****3456}.
	 */
	public static String tail(String value, int visible) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		int keep = Math.min(visible, value.length() / 2);
		return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
	}

	/**
	 * Fully masked, keeping only the length (NIR, birth dates, phone numbers in ops
	 * reports).
	 */
	public static String full(String value) {
		return value == null ? "" : "*".repeat(value.length());
	}

}
