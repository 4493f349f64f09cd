package fr.relance.reporting.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;

import fr.relance.reporting.ReportTable;
import fr.relance.reporting.ReportTable.Cell;
import fr.relance.support.money.Amounts;

/**
 * A KPI report as a PDF drawn with PDFBox: the indicators table and the charts on the
 * first page, the definitions on the second. Charts are rendered by JFreeChart to images
 * at twice their printed size, so they stay sharp on paper.
 */
public final class PdfReport {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float MARGIN = 40;

	private PdfReport() {
	}

	/**
	 * @param title first line of the report
	 * @param notes lines under the title (history start, sources)
	 * @param indicators the indicators table, printed as it is
	 * @param charts charts printed two by two under the table
	 * @param definitions the definition of every figure, printed on the second page
	 */
	public static Path write(Path file, String title, List<String> notes, ReportTable indicators,
			List<JFreeChart> charts, List<String> definitions) {
		try (PDDocument document = new PDDocument()) {
			PDFont font;
			try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(document, ttf);
			}
			PDPage first = new PDPage(PDRectangle.A4);
			document.addPage(first);
			try (PDPageContentStream page = new PDPageContentStream(document, first)) {
				float y = first.getMediaBox().getHeight() - MARGIN;
				y = line(page, font, 14, MARGIN, y, title);
				for (String note : notes) {
					y = line(page, font, 8, MARGIN, y, note);
				}
				y = table(page, font, y - 6, indicators);
				float width = (first.getMediaBox().getWidth() - 2 * MARGIN - 10) / 2;
				float height = Math.min(170, (y - MARGIN - 10) / ((charts.size() + 1) / 2));
				for (int i = 0; i < charts.size(); i++) {
					float x = MARGIN + (i % 2) * (width + 10);
					float top = y - 8 - (i / 2) * (height + 8);
					BufferedImage image = charts.get(i).createBufferedImage((int) width * 2, (int) height * 2);
					PDImageXObject picture = LosslessFactory.createFromImage(document, image);
					page.drawImage(picture, x, top - height, width, height);
				}
			}
			PDPage second = new PDPage(PDRectangle.A4);
			document.addPage(second);
			try (PDPageContentStream page = new PDPageContentStream(document, second)) {
				float y = second.getMediaBox().getHeight() - MARGIN;
				y = line(page, font, 12, MARGIN, y, "Définitions");
				for (String definition : definitions) {
					for (String wrapped : wrap(definition, 120)) {
						y = line(page, font, 7.5f, MARGIN, y, wrapped);
					}
					y -= 2;
				}
			}
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			document.save(tmp.toFile());
			return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private static float table(PDPageContentStream page, PDFont font, float y, ReportTable table) throws IOException {
		float[] x = { MARGIN, MARGIN + 250, MARGIN + 340, MARGIN + 430 };
		for (int c = 0; c < table.columns().size(); c++) {
			text(page, font, 8, x[c], y, table.columns().get(c));
		}
		y -= 11;
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c < row.size(); c++) {
				text(page, font, 8, x[c], y, printed(row.get(c)));
			}
			y -= 10;
		}
		return y;
	}

	/**
	 * French figures: {@code 1 234,56 €}, {@code 12,34 %}; a dash for a figure without
	 * value.
	 */
	static String printed(Cell cell) {
		if (cell.value() == null) {
			return "–";
		}
		return cell.type() == ReportTable.Type.MONEY ? Amounts.french((java.math.BigDecimal) cell.value())
				: CsvTables.text(cell);
	}

	private static float line(PDPageContentStream page, PDFont font, float size, float x, float y, String text)
			throws IOException {
		text(page, font, size, x, y, text);
		return y - size * 1.35f;
	}

	private static void text(PDPageContentStream page, PDFont font, float size, float x, float y, String text)
			throws IOException {
		page.beginText();
		page.setFont(font, size);
		page.newLineAtOffset(x, y);
		page.showText(text);
		page.endText();
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new java.util.ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() + word.length() + 1 > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

}
