package fr.relance.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
