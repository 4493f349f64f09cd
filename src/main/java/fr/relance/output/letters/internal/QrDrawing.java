package fr.relance.output.letters.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code drawn as a tiny image of one pixel per module, scaled up without smoothing
 * (crisp at any print resolution), with the 4-module quiet zone left white around it.
 * Error correction M, the level EPC069-12 asks for. The mask pattern is fixed: the
 * standard lets an encoder pick any of the eight, and scoring all eight to pick the
 * "best" took a quarter of a letter's rendering time, for codes printed large and sharp
 * that any reader decodes.
 */
public final class QrDrawing {

	private static final int QUIET_ZONE = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET,
			StandardCharsets.UTF_8.name(), EncodeHintType.QR_MASK_PATTERN, 2);

	private QrDrawing() {
	}

	/**
	 * Draws the code with its quiet zone in a square of {@code size} points whose
	 * lower-left corner is (x, y).
	 */
	public static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
		ByteMatrix matrix = encode(text);
		int modules = matrix.getWidth();
		float module = size / (modules + 2 * QUIET_ZONE);
		float side = modules * module;
		content.saveGraphicsState();
		content.transform(new Matrix(side, 0, 0, side, x + QUIET_ZONE * module, y + QUIET_ZONE * module));
		content.appendRawCommands(inlineImage(matrix));
		content.restoreGraphicsState();
	}

	/**
	 * The modules as a small inline image, one pixel per module and one bit per pixel (0
	 * dark), rows from the top, in hexadecimal (no binary byte can then be read as the
	 * image's end). A few hundred bytes per code where rectangles took kilobytes, which
	 * every page then paid again in compression.
	 */
	static String inlineImage(ByteMatrix matrix) {
		int modules = matrix.getWidth();
		int rowBytes = (modules + 7) / 8;
		StringBuilder out = new StringBuilder(64 + modules * rowBytes * 2);
		out.append("BI /W ").append(modules).append(" /H ").append(modules).append(" /BPC 1 /CS /G /F /AHx ID\n");
		for (int row = 0; row < modules; row++) {
			for (int b = 0; b < rowBytes; b++) {
				int bits = 0;
				for (int i = 0; i < 8; i++) {
					int col = b * 8 + i;
					boolean light = col >= modules || matrix.get(col, row) != 1;
					bits = (bits << 1) | (light ? 1 : 0);
				}
				out.append(Character.forDigit(bits >> 4, 16)).append(Character.forDigit(bits & 0xF, 16));
			}
			out.append('\n');
		}
		return out.append(">\nEI\n").toString();
	}

	private static ByteMatrix encode(String text) {
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
		}
	}

}
