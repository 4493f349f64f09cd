package fr.relance.output.worklists.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A dossier as an A4 PDF: a title, then sections of lines, wrapped and continued on new
 * pages. Drawn with the letters' embedded DejaVu fonts (they have the narrow no-break
 * space of French amounts). The same case and night give the same bytes (fixed dates and
 * document id), so a rerun of the emission writes the file it wrote before.
 */
public final class DossierPdf {

	private static final String FONTS = "/fr/relance/output/letters/fonts/";

	private static final float MARGIN = 50;

	private static final float SIZE = 9.5f;

	private static final float LEADING = 13;

	private static final int WRAP = 105;

	/** A heading and its lines. */
	public record Section(String heading, List<String> lines) {
	}

	private DossierPdf() {
	}

	/**
	 * @param key identifies the dossier (establishment, case, night): the document id is
	 * its digest
	 */
	public static byte[] render(String title, String key, LocalDate night, List<Section> sections) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font regular = font(document, "DejaVuSans.ttf");
			PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
			Pages pages = new Pages(document);
			pages.line(bold, 14, title);
			pages.skip();
			for (Section section : sections) {
				pages.line(bold, 11, section.heading());
				for (String line : section.lines()) {
					for (String wrapped : wrap(line)) {
						pages.line(regular, SIZE, wrapped);
					}
				}
				pages.skip();
			}
			pages.close();
			identify(document, title, key, night);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the dossier " + key, e);
		}
	}

	private static PDType0Font font(PDDocument document, String file) throws IOException {
		try (InputStream in = DossierPdf.class.getResourceAsStream(FONTS + file)) {
			return PDType0Font.load(document, in);
		}
	}

	private static void identify(PDDocument document, String title, String key, LocalDate night) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer("Relance");
		GregorianCalendar created = GregorianCalendar.from(night.atStartOfDay(ZoneOffset.UTC));
		info.setCreationDate(created);
		info.setModificationDate(created);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			COSString id = new COSString(Arrays.copyOf(digest, 16));
			COSArray ids = new COSArray();
			ids.add(id);
			ids.add(id);
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		String rest = text;
		while (rest.length() > WRAP) {
			int cut = rest.lastIndexOf(' ', WRAP);
			cut = cut <= 0 ? WRAP : cut;
			lines.add(rest.substring(0, cut));
			rest = "    " + rest.substring(cut).strip();
		}
		lines.add(rest);
		return lines;
	}

	/** A cursor down the pages, opening a new page when the next line does not fit. */
	private static final class Pages {

		private final PDDocument document;

		private PDPageContentStream content;

		private float y;

		Pages(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		void line(PDType0Font font, float size, String text) throws IOException {
			if (y - LEADING < MARGIN) {
				newPage();
			}
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(MARGIN, y);
			content.showText(drawable(font, text));
			content.endText();
			y -= LEADING;
		}

		void skip() {
			y -= LEADING / 2;
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = page.getMediaBox().getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		/**
		 * A character the font lacks (an emoji in a name) becomes a question mark, never
		 * an error.
		 */
		private static String drawable(PDType0Font font, String text) {
			StringBuilder safe = new StringBuilder(text.length());
			text.codePoints().forEach(c -> {
				String one = new String(Character.toChars(c));
				try {
					font.encode(one);
					safe.append(one);
				}
				catch (IOException | IllegalArgumentException e) {
					safe.append('?');
				}
			});
			return safe.toString();
		}

	}

}
