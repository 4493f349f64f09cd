package fr.relance.output.letters.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text the font can draw: a character it lacks (an emoji in a name) becomes a question mark, never an error. */
final class Glyphs {

	private Glyphs() {
	}

	static String safe(PDFont font, String text) throws IOException {
		try {
			font.encode(text);
			return text;
		}
		catch (IllegalArgumentException e) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach((c) -> {
				String one = new String(Character.toChars(c));
				try {
					font.encode(one);
					out.append(one);
				}
				catch (IllegalArgumentException | IOException missing) {
					out.append('?');
				}
			});
			return out.toString();
		}
	}

}
