package fr.relance.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Reading rendered letters back as a user (or a bank app) would: text, positions, QR
 * codes.
 */
public final class Pdfs {

	private Pdfs() {
	}

	public static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	public static String text(Path pdf, int firstPage, int lastPage) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(firstPage);
			stripper.setEndPage(lastPage);
			return stripper.getText(document);
		}
	}

	/**
	 * Every font the pages draw with, directly or in the forms they place, by base name,
	 * with the bytes of its embedded font file (0 when not embedded).
	 */
	public static Map<String, Integer> fonts(Path pdf) throws IOException {
		Map<String, Integer> fonts = new TreeMap<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts);
			}
		}
		return fonts;
	}

	private static void collectFonts(PDResources resources, Map<String, Integer> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			PDFontDescriptor descriptor = font instanceof PDType0Font type0
					? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
			PDStream file = descriptor == null ? null : descriptor.getFontFile2();
			fonts.put(font.getName(), file == null ? 0 : file.toByteArray().length);
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	public static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/**
	 * A line of text on a page, its left edge and baseline in millimetres from the left
	 * and top of the sheet.
	 */
	public record Placed(String text, float leftMm, float rightMm, float topMm) {
	}

	public static List<Placed> lines(Path pdf, int page) throws IOException {
		List<Placed> lines = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					TextPosition first = positions.get(0);
					TextPosition last = positions.get(positions.size() - 1);
					float mm = 25.4f / 72f;
					lines.add(new Placed(text, first.getXDirAdj() * mm,
							(last.getXDirAdj() + last.getWidthDirAdj()) * mm, first.getYDirAdj() * mm));
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(document);
		}
		return lines;
	}

	public static BufferedImage image(Path pdf, int page, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi);
		}
	}

	public static List<String> qrCodes(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		List<String> texts = new ArrayList<>();
		for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
				Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))) {
			texts.add(result.getText());
		}
		return texts;
	}

}
