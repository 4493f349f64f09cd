package fr.relance.output.letters.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Pages of one letter, written top to bottom: a cursor measured in millimetres from the top of the sheet, text
 * wrapped to a width, a new page (with its running header) when the next block does not fit.
 */
public final class Canvas implements Closeable {

	/** Points per millimetre. */
	public static final float MM = 72f / 25.4f;

	public static final float PAGE_HEIGHT_MM = 297f;

	/** Lowest line of text on a page, from the top. */
	private static final float BOTTOM_MM = 280f;

	/** Where text resumes on a following page. */
	private static final float CONTINUED_TOP_MM = 25f;

	private final PDDocument document;

	private final PdfFonts fonts;

	private final String runningHeader;

	private final boolean specimen;

	private PDPageContentStream content;

	private float cursorMm;

	private int pages;

	/**
	 * @param runningHeader printed at the top of every page after the first
	 * @param specimen every page carries a large SPECIMEN mark
	 */
	public Canvas(PDDocument document, PdfFonts fonts, String runningHeader, boolean specimen) throws IOException {
		this.document = document;
		this.fonts = fonts;
		this.runningHeader = runningHeader;
		this.specimen = specimen;
		openPage();
	}

	public PdfFonts fonts() {
		return this.fonts;
	}

	public PDPageContentStream content() {
		return this.content;
	}

	public int pages() {
		return this.pages;
	}

	public float cursor() {
		return this.cursorMm;
	}

	public void moveTo(float topMm) {
		this.cursorMm = topMm;
	}

	public void skip(float mm) {
		this.cursorMm += mm;
	}

	/** Starts a new page when {@code heightMm} does not fit below the cursor. */
	public void ensure(float heightMm) throws IOException {
		if (this.cursorMm + heightMm > BOTTOM_MM) {
			this.content.close();
			openPage();
			this.cursorMm = CONTINUED_TOP_MM;
		}
	}

	/** One line whose baseline is at {@code topMm} from the top and starts {@code xMm} from the left edge. */
	public void line(String text, PDFont font, float size, float xMm, float topMm) throws IOException {
		String safe = Glyphs.safe(font, text);
		this.content.beginText();
		this.content.setFont(font, size);
		this.content.newLineAtOffset(xMm * MM, (PAGE_HEIGHT_MM - topMm) * MM);
		this.content.showText(safe);
		this.content.endText();
	}

	/** A line ending at {@code rightMm}. */
	public void lineRight(String text, PDFont font, float size, float rightMm, float topMm) throws IOException {
		line(text, font, size, rightMm - width(text, font, size), topMm);
	}

	/** Width of a text in millimetres. */
	public static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(Glyphs.safe(font, text)) / 1000f * size / MM;
	}

	/** A paragraph wrapped to {@code widthMm}, lines {@code leadingMm} apart, breaking pages between lines. */
	public void paragraph(String text, PDFont font, float size, float xMm, float widthMm, float leadingMm)
			throws IOException {
		for (String line : wrap(text, font, size, widthMm)) {
			ensure(leadingMm);
			this.cursorMm += leadingMm;
			line(line, font, size, xMm, this.cursorMm);
		}
	}

	static List<String> wrap(String text, PDFont font, float size, float widthMm) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String para : text.split("\n")) {
			StringBuilder current = new StringBuilder();
			for (String word : words(para, font, size, widthMm)) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (current.isEmpty() || width(candidate, font, size) <= widthMm) {
					current.setLength(0);
					current.append(candidate);
				}
				else {
					lines.add(current.toString());
					current.setLength(0);
					current.append(word);
				}
			}
			lines.add(current.toString());
		}
		return lines;
	}

	/** The words of a paragraph, a word wider than the line (a long link) cut into pieces that fit. */
	private static List<String> words(String para, PDFont font, float size, float widthMm) throws IOException {
		List<String> words = new ArrayList<>();
		for (String word : para.split(" ")) {
			while (word.length() > 1 && width(word, font, size) > widthMm) {
				int fit = word.length() - 1;
				while (fit > 1 && width(word.substring(0, fit), font, size) > widthMm) {
					fit--;
				}
				words.add(word.substring(0, fit));
				word = word.substring(fit);
			}
			words.add(word);
		}
		return words;
	}

	private void openPage() throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.pages++;
		if (this.pages > 1) {
			line(this.runningHeader + " – page " + this.pages, this.fonts.regular(), 7.5f, 20f, 15f);
		}
		if (this.specimen) {
			specimenMark();
		}
	}

	/** Light grey, opaque (an archive file has no transparency), across the page. */
	private void specimenMark() throws IOException {
		this.content.saveGraphicsState();
		this.content.setNonStrokingColor(0.85f, 0.85f, 0.85f);
		this.content.beginText();
		this.content.setFont(this.fonts.bold(), 96);
		this.content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(45), 45 * MM,
				60 * MM));
		this.content.showText("SPECIMEN");
		this.content.endText();
		this.content.restoreGraphicsState();
	}

	/** A blank page, to keep the next letter on a front side when printing on both sides. */
	public void blankPage() throws IOException {
		this.content.close();
		openPage();
	}

	@Override
	public void close() throws IOException {
		this.content.close();
	}

}
