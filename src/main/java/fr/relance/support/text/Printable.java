package fr.relance.support.text;

/**
 * Makes text that came from outside (file names, values read from files, login names)
 * safe to print on a terminal or in a log line: control characters, line breaks, ANSI
 * escape sequences and invisible direction overrides are shown as {@code \}{@code uXXXX}
 * escapes instead of acting, so a file name can neither forge a log line nor recolour or
 * clear an operator's terminal.
 */
public final class Printable {

	private Printable() {
	}

	/**
	 * The text with every non-printing character escaped ({@code \} itself is doubled);
	 * {@code null} stays "null".
	 */
	public static String of(Object value) {
		String text = String.valueOf(value);
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean escape = c == '\\' || isHidden(c);
			if (escape && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (c == '\\') {
					out.append("\\\\");
				}
				else if (escape) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isHidden(char c) {
		if (Character.isISOControl(c)) {
			return true; // C0 (tab, newline, ESC...), DEL and C1 (0x9b is a one-byte CSI
							// on some terminals)
		}
		return switch (Character.getType(c)) {
			case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.FORMAT, Character.SURROGATE,
					Character.UNASSIGNED, Character.PRIVATE_USE ->
				true;
			default -> false;
		};
	}

}
