package fr.relance.output.letters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letters' fonts: DejaVu Sans regular and bold (Bitstream Vera licence, shipped beside this class with its
 * licence), embedded as subsets. Standard-14 fonts are not embedded and lack the narrow no-break space French amounts
 * use. The files are read once per JVM; each document loads them once, whatever its number of letters.
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {

	private static final byte[] REGULAR = read("DejaVuSans.ttf");

	private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

	public static PdfFonts load(PDDocument document) throws IOException {
		// the 4-argument load's last flag is "vertical", not "close": always false
		return new PdfFonts(PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false),
				PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false));
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

}
