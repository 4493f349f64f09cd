package fr.relance.output.letters.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code drawn as vector squares (crisp at any print resolution, no image in the PDF), with the 4-module quiet
 * zone left white around it. Error correction M, the level EPC069-12 asks for.
 */
public final class QrDrawing {

	private static final int QUIET_ZONE = 4;

	private QrDrawing() {
	}

	/** Draws the code with its quiet zone in a square of {@code size} points whose lower-left corner is (x, y). */
	public static void draw(PDPageContentStream content, String text, float x, float y, float size)
			throws IOException {
		ByteMatrix matrix = encode(text);
		int modules = matrix.getWidth();
		float module = size / (modules + 2 * QUIET_ZONE);
		float left = x + QUIET_ZONE * module;
		float top = y + size - QUIET_ZONE * module;
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
				content.addRect(left + start * module, top - (row + 1) * module, (col - start) * module,
						module * 1.02f);
			}
		}
		content.fill();
	}

	private static ByteMatrix encode(String text) {
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M,
					Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
		}
	}

}
