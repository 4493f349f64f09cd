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
 * A QR code drawn as vector squares (crisp at any print resolution, no image in the PDF), with the 4-module quiet
 * zone left white around it. Error correction M, the level EPC069-12 asks for. The mask pattern is fixed: the
 * standard lets an encoder pick any of the eight, and scoring all eight to pick the "best" took a quarter of a
 * letter's rendering time, for codes printed large and sharp that every reader decodes with any mask.
 */
public final class QrDrawing {

	private static final int QUIET_ZONE = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET,
			StandardCharsets.UTF_8.name(), EncodeHintType.QR_MASK_PATTERN, 2);

	private QrDrawing() {
	}

	/** Draws the code with its quiet zone in a square of {@code size} points whose lower-left corner is (x, y). */
	public static void draw(PDPageContentStream content, String text, float x, float y, float size)
			throws IOException {
		ByteMatrix matrix = encode(text);
		int modules = matrix.getWidth();
		float module = size / (modules + 2 * QUIET_ZONE);
		// drawn in module units (one unit per module, rows going down from the code's top-left corner), so that
		// each rectangle is four small integers written at once rather than four formatted decimals per call
		content.saveGraphicsState();
		content.transform(new Matrix(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module));
		StringBuilder path = new StringBuilder(modules * modules * 4);
		for (int row = 0; row < modules; row++) {
			int col = 0;
			while (col < modules) {
				if (matrix.get(col, row) != 1) {
					col++;
					continue;
				}
				int start = col;
				while (col < modules && matrix.get(col, row) == 1) {
					col++;
				}
				// a run of dark modules is one rectangle, slightly overlapping the next row to leave no hairline
				path.append(start).append(' ').append(row).append(' ').append(col - start).append(" 1.02 re\n");
			}
		}
		path.append("f\n");
		content.appendRawCommands(path.toString());
		content.restoreGraphicsState();
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
