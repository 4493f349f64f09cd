package fr.relance.output.letters.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letters' fonts: DejaVu Sans regular and bold (Bitstream Vera licence, shipped
 * beside this class with its licence), embedded as subsets. Standard-14 fonts are not
 * embedded and lack the narrow no-break space French amounts use. The files are read once
 * per JVM; each document parses and embeds them once, whatever its number of letters.
 * Glyph substitution (GSUB) is off: PDFBox would run its ligature search on every string
 * drawn, which cost a quarter of the rendering time, for ligatures a letter does not
 * need. Widths are looked up once per character.
 */
public final class PdfFonts implements Closeable {

	private static final byte[] REGULAR = read("DejaVuSans.ttf");

	private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

	private final TrueTypeFont regularFile;

	private final TrueTypeFont boldFile;

	private final PDType0Font regular;

	private final PDType0Font bold;

	private final Metrics regularMetrics;

	private final Metrics boldMetrics;

	private PdfFonts(TrueTypeFont regularFile, TrueTypeFont boldFile, PDDocument document) throws IOException {
		this.regularFile = regularFile;
		this.boldFile = boldFile;
		this.regular = PDType0Font.load(document, regularFile, true);
		this.bold = PDType0Font.load(document, boldFile, true);
		this.regularMetrics = new Metrics(this.regular);
		this.boldMetrics = new Metrics(this.bold);
	}

	public static PdfFonts load(PDDocument document) throws IOException {
		return new PdfFonts(parse(REGULAR), parse(BOLD), document);
	}

	public PDType0Font regular() {
		return this.regular;
	}

	public PDType0Font bold() {
		return this.bold;
	}

	/**
	 * Width of a text in points at size 1000 (PDFBox's glyph space), characters the font
	 * lacks counted as '?'.
	 */
	float width(PDFont font, String text) throws IOException {
		return metrics(font).width(text);
	}

	/**
	 * Text the font can draw: a character it lacks (an emoji in a name) becomes a
	 * question mark, never an error.
	 */
	String safe(PDFont font, String text) throws IOException {
		return metrics(font).safe(text);
	}

	private Metrics metrics(PDFont font) {
		if (font == this.regular) {
			return this.regularMetrics;
		}
		if (font == this.bold) {
			return this.boldMetrics;
		}
		throw new IllegalArgumentException("not a font of this document: " + font.getName());
	}

	/**
	 * The parsed files stay open until the document is saved: the subsets are built from
	 * them then.
	 */
	@Override
	public void close() throws IOException {
		this.regularFile.close();
		this.boldFile.close();
	}

	private static TrueTypeFont parse(byte[] file) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
		font.setEnableGsub(false);
		return font;
	}

	private static byte[] read(String name) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/fr/relance/output/letters/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " missing from the jar");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Per-character widths of one font, and whether it has the character, learnt on first
	 * use.
	 */
	private static final class Metrics {

		private static final float UNKNOWN = Float.NaN;

		private static final float MISSING = -1f;

		private final PDFont font;

		/** Basic Multilingual Plane only; other characters (emoji) go the slow way. */
		private final float[] widths = new float[0x10000];

		Metrics(PDFont font) {
			this.font = font;
			java.util.Arrays.fill(this.widths, UNKNOWN);
		}

		float width(String text) throws IOException {
			float total = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isSurrogate(c)) {
					return this.font.getStringWidth(safe(text));
				}
				float w = of(c);
				total += w == MISSING ? of('?') : w;
			}
			return total;
		}

		String safe(String text) throws IOException {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isSurrogate(c) || of(c) == MISSING) {
					return replaced(text);
				}
			}
			return text;
		}

		private String replaced(String text) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach((c) -> out.append(drawable(c) ? new String(Character.toChars(c)) : "?"));
			return out.toString();
		}

		private boolean drawable(int codePoint) {
			if (codePoint < 0x10000 && !Character.isSurrogate((char) codePoint)) {
				return of((char) codePoint) != MISSING;
			}
			try {
				this.font.encode(new String(Character.toChars(codePoint)));
				return true;
			}
			catch (IllegalArgumentException | IOException missing) {
				return false;
			}
		}

		private float of(char c) {
			float w = this.widths[c];
			if (Float.isNaN(w)) {
				try {
					w = this.font.getStringWidth(String.valueOf(c));
				}
				catch (IllegalArgumentException | IOException missing) {
					w = MISSING;
				}
				this.widths[c] = w;
			}
			return w;
		}

	}

}
