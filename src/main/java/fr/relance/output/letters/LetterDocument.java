package fr.relance.output.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import fr.relance.establishment.Establishment;
import fr.relance.output.letters.internal.Canvas;
import fr.relance.output.letters.internal.LetterDrawing;
import fr.relance.output.letters.internal.PdfArchive;
import fr.relance.output.letters.internal.PdfFonts;

/**
 * One merged print file of an establishment's letters, written straight into one
 * document: fonts parsed and embedded once for the whole file, the texts common to every
 * letter drawn once as form XObjects, each letter on its own pages (padded to an even
 * count when the establishment prints on both sides), identified for the archive and
 * reproducible byte for byte.
 */
public final class LetterDocument {

	private LetterDocument() {
	}

	/**
	 * Where a letter lies in its file.
	 *
	 * @param firstPage 1-based
	 * @param pages pages it takes, padding included
	 */
	public record Placed(Letter letter, int firstPage, int pages) {
	}

	/**
	 * @param key identifies the file (its document id is derived from it)
	 */
	public static List<Placed> write(Establishment creditor, List<Letter> letters, String title, String key,
			LocalDate night, ZoneId zone, OutputStream out) throws IOException {
		List<Placed> placed = new ArrayList<>(letters.size());
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document)) {
			PdfArchive.identify(document, title, key, night, zone);
			Canvas.Forms forms = new Canvas.Forms();
			int next = 1;
			for (Letter letter : letters) {
				Canvas canvas = new Canvas(document, fonts, forms, "Réf. " + letter.reference(), letter.specimen());
				try {
					LetterDrawing.draw(canvas, creditor, letter);
				}
				finally {
					canvas.close();
				}
				int pages = canvas.pages();
				if (creditor.letters().duplex() && pages % 2 == 1) {
					document.addPage(new PDPage(PDRectangle.A4));
					pages++;
				}
				placed.add(new Placed(letter, next, pages));
				next += pages;
			}
			// no object streams: PDF/A-1 predates them
			document.save(CloseShieldOutputStream.wrap(out), CompressParameters.NO_COMPRESSION);
		}
		return placed;
	}

}
