package fr.relance.output.letters.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Pages of one letter, written top to bottom: a cursor measured in millimetres from the
 * top of the sheet, text wrapped to a width, a new page (with its running header) when
 * the next block does not fit. Text that is the same in every letter of a file (the
 * sender, the L111-8 text...) is drawn once into a form XObject of the document and
 * placed by reference on each page: the file holds it once, and the letters after the
 * first only pay a transform.
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

	private final Forms forms;

	private PDPageContentStream content;

	/** While a fixed block is recorded, the stream of its form; null otherwise. */
	private PDFormContentStream recording;

	private float cursorMm;

	private int pages;

	/**
	 * @param runningHeader printed at the top of every page after the first
	 * @param specimen every page carries a large SPECIMEN mark
	 */
	public Canvas(PDDocument document, PdfFonts fonts, Forms forms, String runningHeader, boolean specimen)
			throws IOException {
		this.document = document;
		this.fonts = fonts;
		this.forms = forms;
		this.runningHeader = runningHeader;
		this.specimen = specimen;
		openPage();
	}

	/**
	 * The fixed blocks already drawn in one document, by their text and place: shared by
	 * all the canvases (letters) of that document, never across documents (a form belongs
	 * to its document).
	 */
	public static final class Forms {

		/**
		 * Beyond this many, blocks are drawn directly: a template that varies per letter
		 * must not grow the file.
		 */
		private static final int MAX = 64;

		private final Map<String, Form> byKey = new HashMap<>();

	}

	/**
	 * A recorded block: its form, drawn with its top at the cursor, and how far it moves
	 * the cursor down.
	 */
	private record Form(PDFormXObject form, float heightMm) {
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

	/**
	 * One line whose baseline is at {@code topMm} from the top and starts {@code xMm}
	 * from the left edge.
	 */
	public void line(String text, PDFont font, float size, float xMm, float topMm) throws IOException {
		String safe = this.fonts.safe(font, text);
		float x = xMm * MM;
		float y = (PAGE_HEIGHT_MM - topMm) * MM;
		if (this.recording != null) {
			this.recording.beginText();
			this.recording.setFont(font, size);
			this.recording.newLineAtOffset(x, y);
			this.recording.showText(safe);
			this.recording.endText();
			return;
		}
		this.content.beginText();
		this.content.setFont(font, size);
		this.content.newLineAtOffset(x, y);
		this.content.showText(safe);
		this.content.endText();
	}

	/** A line ending at {@code rightMm}. */
	public void lineRight(String text, PDFont font, float size, float rightMm, float topMm) throws IOException {
		line(text, font, size, rightMm - width(text, font, size), topMm);
	}

	/** Width of a text in millimetres. */
	public float width(String text, PDFont font, float size) throws IOException {
		return this.fonts.width(font, text) / 1000f * size / MM;
	}

	/**
	 * A paragraph wrapped to {@code widthMm}, lines {@code leadingMm} apart, breaking
	 * pages between lines.
	 */
	public void paragraph(String text, PDFont font, float size, float xMm, float widthMm, float leadingMm)
			throws IOException {
		for (String line : wrap(text, font, size, widthMm)) {
			ensure(leadingMm);
			this.cursorMm += leadingMm;
			line(line, font, size, xMm, this.cursorMm);
		}
	}

	/**
	 * A paragraph whose text is the same in many letters: drawn as {@link #paragraph},
	 * but once per document into a form placed at the cursor when it fits on the page
	 * (else line by line, breaking pages as usual).
	 */
	public void fixedParagraph(String text, PDFont font, float size, float xMm, float widthMm, float leadingMm)
			throws IOException {
		String key = "p|" + font.getName() + "|" + size + "|" + xMm + "|" + widthMm + "|" + leadingMm + "|" + text;
		Form form = this.forms.byKey.get(key);
		if (form == null) {
			List<String> lines = wrap(text, font, size, widthMm);
			float height = lines.size() * leadingMm;
			if (this.cursorMm + height > BOTTOM_MM || this.forms.byKey.size() >= Forms.MAX) {
				paragraph(text, font, size, xMm, widthMm, leadingMm);
				return;
			}
			form = record(height, () -> {
				float top = 0;
				for (String line : lines) {
					top += leadingMm;
					line(line, font, size, xMm, top);
				}
			});
			this.forms.byKey.put(key, form);
		}
		if (this.cursorMm + form.heightMm() > BOTTOM_MM) {
			paragraph(text, font, size, xMm, widthMm, leadingMm);
			return;
		}
		place(form, this.cursorMm);
		this.cursorMm += form.heightMm();
	}

	/**
	 * Lines at fixed places of the first page (the sender block), the same in every
	 * letter of the document: drawn once into a form, identified by {@code key}, which
	 * must change whenever the lines do.
	 */
	public void fixedLines(String key, Drawing drawing) throws IOException {
		Form form = this.forms.byKey.get("l|" + key);
		if (form == null) {
			form = record(0, drawing);
			this.forms.byKey.put("l|" + key, form);
		}
		place(form, 0);
	}

	/** Something drawn with {@link #line} at positions from the top of the sheet. */
	@FunctionalInterface
	public interface Drawing {

		void draw() throws IOException;

	}

	/**
	 * Records what {@code drawing} draws, positioned as if the cursor were at the top of
	 * the sheet.
	 */
	private Form record(float heightMm, Drawing drawing) throws IOException {
		PDFormXObject form = new PDFormXObject(this.document);
		form.setBBox(PDRectangle.A4);
		form.setResources(new PDResources());
		try (PDFormContentStream stream = new PDFormContentStream(form)) {
			this.recording = stream;
			drawing.draw();
		}
		finally {
			this.recording = null;
		}
		return new Form(form, heightMm);
	}

	private void place(Form form, float topMm) throws IOException {
		this.content.saveGraphicsState();
		this.content.transform(Matrix.getTranslateInstance(0, -topMm * MM));
		this.content.drawForm(form.form());
		this.content.restoreGraphicsState();
	}

	List<String> wrap(String text, PDFont font, float size, float widthMm) throws IOException {
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

	/**
	 * The words of a paragraph, a word wider than the line (a long link) cut into pieces
	 * that fit.
	 */
	private List<String> words(String para, PDFont font, float size, float widthMm) throws IOException {
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
			Form mark = this.forms.byKey.get("specimen");
			if (mark == null) {
				mark = record(0, this::specimenMark);
				this.forms.byKey.put("specimen", mark);
			}
			place(mark, 0);
		}
	}

	/** Light grey, opaque (an archive file has no transparency), across the page. */
	private void specimenMark() throws IOException {
		this.recording.setNonStrokingColor(0.85f, 0.85f, 0.85f);
		this.recording.beginText();
		this.recording.setFont(this.fonts.bold(), 96);
		this.recording.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 45 * MM, 60 * MM));
		this.recording.showText("SPECIMEN");
		this.recording.endText();
	}

	/**
	 * A blank page, to keep the next letter on a front side when printing on both sides.
	 */
	public void blankPage() throws IOException {
		this.content.close();
		openPage();
	}

	@Override
	public void close() throws IOException {
		this.content.close();
	}

}
