package fr.relance.output.letters.internal;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.LetterSettings;
import fr.relance.output.letters.EpcTransfer;
import fr.relance.output.letters.InvoiceLine;
import fr.relance.output.letters.Letter;
import fr.relance.output.letters.LetterTemplate;
import fr.relance.output.letters.TemplateBlock;
import fr.relance.support.money.Amounts;

/**
 * Draws one letter, top to bottom. The sheet is A4, folded in three for a DL window
 * envelope (110 x 220 mm, window of 45 x 100 mm at 20 mm from the right edge): the
 * recipient's lines start at {@link #ADDRESS_LEFT_MM} from the left edge, their first
 * baseline {@link #ADDRESS_TOP_MM} from the top, at most 6 lines
 * {@link #ADDRESS_LEADING_MM} apart, no wider than {@link #ADDRESS_WIDTH_MM}: the block
 * stays within 110-200 mm from the left and 47-78 mm from the top, inside the window area
 * (95-200 mm, 40-95 mm) whatever the envelope's tolerance. Nothing else is printed there.
 */
public final class LetterDrawing {

	public static final float ADDRESS_LEFT_MM = 110f;

	public static final float ADDRESS_TOP_MM = 52f;

	public static final float ADDRESS_LEADING_MM = 4.6f;

	public static final float ADDRESS_WIDTH_MM = 88f;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final float LEFT = 20f;

	private static final float RIGHT = 190f;

	private static final float WIDTH = RIGHT - LEFT;

	private static final float BODY = 10f;

	private static final float LEADING = 4.6f;

	private static final float QR_MM = 26f;

	/**
	 * The values that differ from one letter to the next: a block using none is drawn
	 * once per file.
	 */
	private static final Set<String> PER_LETTER = Set.of("total", "reference", "date", "firstReference", "firstDate",
			"paymentUrl", "rf");

	private LetterDrawing() {
	}

	/** Draws the letter on new pages of the canvas' document. */
	public static void draw(Canvas canvas, Establishment creditor, Letter letter) throws IOException {
		PdfFonts fonts = canvas.fonts();
		LetterTemplate template = letter.template();
		Map<String, String> values = values(creditor, letter);
		sender(canvas, creditor);
		recipient(canvas, letter);
		canvas.lineRight(creditor.city() + ", le " + letter.date().format(FRENCH_DATE), fonts.regular(), BODY, RIGHT,
				102f);
		canvas.line("Réf. : " + letter.reference(), fonts.regular(), 9f, LEFT, 102f);
		canvas.line("Référence de paiement : " + letter.paymentReference().printed(), fonts.regular(), 9f, LEFT,
				106.5f);
		canvas.moveTo(113f);
		if (letter.registered()) {
			canvas.fixedParagraph("Lettre recommandée avec avis de réception", fonts.bold(), 9f, LEFT, WIDTH, LEADING);
		}
		canvas.fixedParagraph("Objet : " + template.subject(), fonts.bold(), 11f, LEFT, WIDTH, 5.5f);
		canvas.skip(3f);
		block(canvas, letter, TemplateBlock.GREETING, values, BODY, LEFT, WIDTH, LEADING);
		canvas.skip(1.5f);
		String opening = template.text(TemplateBlock.OPENING, values);
		if (letter.quotedReference() != null) {
			opening = template.text(TemplateBlock.PREVIOUS_LETTER, values) + " " + opening;
		}
		if (letter.quotedReference() == null && !template.uses(TemplateBlock.OPENING, PER_LETTER)) {
			canvas.fixedParagraph(opening, fonts.regular(), BODY, LEFT, WIDTH, LEADING);
		}
		else {
			canvas.paragraph(opening, fonts.regular(), BODY, LEFT, WIDTH, LEADING);
		}
		canvas.skip(3f);
		invoices(canvas, letter);
		canvas.skip(2f);
		block(canvas, letter, TemplateBlock.DEBT, values, BODY, LEFT, WIDTH, LEADING);
		canvas.skip(1.5f);
		block(canvas, letter, TemplateBlock.PAYMENT, values, BODY, LEFT, WIDTH, LEADING);
		canvas.skip(3f);
		payment(canvas, creditor, letter, values);
		canvas.skip(3f);
		if (creditor.letters().collector().isPresent()) {
			LetterSettings.Collector collector = creditor.letters().collector().get();
			String text = collector.statement()
				.map((s) -> values.get("collector") + ", " + values.get("collectorAddress") + ", " + s)
				.orElse(template.text(TemplateBlock.COLLECTOR, values));
			// the collector's identity and statement: the same in every letter of the
			// establishment
			canvas.fixedParagraph(text, fonts.regular(), 9f, LEFT, WIDTH, 4.3f);
			canvas.skip(1f);
		}
		block(canvas, letter, TemplateBlock.CREDITOR, values, 9f, LEFT, WIDTH, 4.3f);
		if (creditor.patientContact() != null && template.has(TemplateBlock.CONTACT)) {
			canvas.skip(1f);
			block(canvas, letter, TemplateBlock.CONTACT, values, 9f, LEFT, WIDTH, 4.3f);
		}
		canvas.skip(3f);
		block(canvas, letter, TemplateBlock.CLOSING, values, BODY, LEFT, WIDTH, LEADING);
		if (template.has(TemplateBlock.SIGNATURE)) {
			canvas.skip(2f);
			block(canvas, letter, TemplateBlock.SIGNATURE, values, BODY, 120f, 70f, LEADING);
		}
		canvas.skip(5f);
		block(canvas, letter, TemplateBlock.L111_8, values, 7.5f, LEFT, WIDTH, 3.4f);
	}

	/**
	 * A template block in the regular face: drawn once per file when its text is the same
	 * in every letter.
	 */
	private static void block(Canvas canvas, Letter letter, TemplateBlock block, Map<String, String> values, float size,
			float xMm, float widthMm, float leadingMm) throws IOException {
		String text = letter.template().text(block, values);
		PDFont font = canvas.fonts().regular();
		if (letter.template().uses(block, PER_LETTER)) {
			canvas.paragraph(text, font, size, xMm, widthMm, leadingMm);
		}
		else {
			canvas.fixedParagraph(text, font, size, xMm, widthMm, leadingMm);
		}
	}

	static Map<String, String> values(Establishment creditor, Letter letter) {
		Map<String, String> values = new HashMap<>();
		values.put("creditor", creditor.legalName());
		values.put("creditorAddress", address(creditor.address(), creditor.postcode(), creditor.city()));
		creditor.letters().collector().ifPresent((c) -> {
			values.put("collector", c.name());
			values.put("collectorAddress", address(c.address(), c.postcode(), c.city()));
		});
		values.put("total", Amounts.french(letter.total()));
		values.put("reference", letter.reference());
		values.put("date", letter.date().format(FRENCH_DATE));
		if (letter.quotedReference() != null) {
			values.put("firstReference", letter.quotedReference());
			values.put("firstDate", letter.quotedDate().format(FRENCH_DATE));
		}
		values.put("paymentUrl", paymentUrl(creditor, letter));
		values.put("iban", creditor.iban() == null ? "" : groups(creditor.iban()));
		values.put("bic", creditor.bic() == null ? "" : creditor.bic());
		values.put("rf", letter.paymentReference().printed());
		creditor.letters()
			.publicAccountant()
			.ifPresent((a) -> values.put("accountantRoute", a.name() + " : " + a.paymentRoute()));
		values.put("contact", creditor.patientContact() == null ? "" : creditor.patientContact());
		return values;
	}

	/** The payment page of the establishment, opened on the case's reference. */
	public static String paymentUrl(Establishment creditor, Letter letter) {
		if (creditor.paymentUrl() == null) {
			return null;
		}
		String url = creditor.paymentUrl();
		return url + (url.contains("?") ? "&" : "?") + "ref=" + letter.paymentReference().value();
	}

	/**
	 * The EPC transfer of the letter, or null when the establishment takes no transfer on
	 * its own account.
	 */
	public static EpcTransfer transfer(Establishment creditor, Letter letter) {
		if (creditor.iban() == null || creditor.letters().publicAccountant().isPresent()) {
			return null;
		}
		return new EpcTransfer(creditor.bic(), creditor.legalName(), creditor.iban(), letter.total(),
				letter.paymentReference());
	}

	private static void sender(Canvas canvas, Establishment creditor) throws IOException {
		PdfFonts fonts = canvas.fonts();
		List<String> lines = new ArrayList<>(creditor.letters().senderLines());
		lines.addAll(creditor.address());
		lines.add(creditor.postcode() + " " + creditor.city());
		canvas.fixedLines("sender|" + creditor.legalName() + "|" + String.join("|", lines), () -> {
			float y = 18f;
			canvas.line(creditor.legalName(), fonts.bold(), 10f, LEFT, y);
			for (String line : lines) {
				y += 4.2f;
				canvas.line(line, fonts.regular(), 9f, LEFT, y);
			}
		});
	}

	private static void recipient(Canvas canvas, Letter letter) throws IOException {
		PDFont font = canvas.fonts().regular();
		float size = BODY;
		for (String line : letter.recipient().lines()) {
			float width = canvas.width(line, font, BODY);
			if (width > ADDRESS_WIDTH_MM) {
				size = Math.min(size, BODY * ADDRESS_WIDTH_MM / width);
			}
		}
		float y = ADDRESS_TOP_MM;
		for (String line : letter.recipient().lines()) {
			canvas.line(line, font, size, ADDRESS_LEFT_MM, y);
			y += ADDRESS_LEADING_MM;
		}
	}

	private static void invoices(Canvas canvas, Letter letter) throws IOException {
		PdfFonts fonts = canvas.fonts();
		canvas.ensure(12f);
		canvas.skip(LEADING);
		header(canvas, fonts.bold());
		rule(canvas.content(), canvas.cursor() + 1.5f);
		for (InvoiceLine invoice : letter.invoices()) {
			canvas.ensure(LEADING);
			if (canvas.cursor() < 30f) {
				// continued on a new page: repeat the header
				canvas.skip(LEADING);
				header(canvas, fonts.bold());
			}
			canvas.skip(LEADING);
			canvas.line(invoice.number(), fonts.regular(), 9.5f, LEFT, canvas.cursor());
			canvas.line(invoice.date().format(FRENCH_DATE), fonts.regular(), 9.5f, 80f, canvas.cursor());
			canvas.lineRight(Amounts.french(invoice.amountOwed()), fonts.regular(), 9.5f, RIGHT, canvas.cursor());
		}
		canvas.ensure(LEADING + 2f);
		rule(canvas.content(), canvas.cursor() + 1.5f);
		canvas.skip(LEADING + 0.5f);
		canvas.line("Total restant à payer", fonts.bold(), 10f, LEFT, canvas.cursor());
		canvas.lineRight(Amounts.french(letter.total()), fonts.bold(), 10f, RIGHT, canvas.cursor());
	}

	private static void header(Canvas canvas, PDFont bold) throws IOException {
		canvas.line("Facture n°", bold, 9.5f, LEFT, canvas.cursor());
		canvas.line("Date de facture", bold, 9.5f, 80f, canvas.cursor());
		canvas.lineRight("Reste à payer", bold, 9.5f, RIGHT, canvas.cursor());
	}

	private static void rule(PDPageContentStream content, float topMm) throws IOException {
		float y = (Canvas.PAGE_HEIGHT_MM - topMm) * Canvas.MM;
		content.setLineWidth(0.4f);
		content.moveTo(LEFT * Canvas.MM, y);
		content.lineTo(RIGHT * Canvas.MM, y);
		content.stroke();
	}

	/**
	 * The ways to pay, side by side: the payment page and its QR code, then the transfer
	 * or the accountant.
	 */
	private static void payment(Canvas canvas, Establishment creditor, Letter letter, Map<String, String> values)
			throws IOException {
		PdfFonts fonts = canvas.fonts();
		canvas.ensure(QR_MM + 16f);
		float top = canvas.cursor();
		float bottom = top;
		float column = LEFT;
		String url = paymentUrl(creditor, letter);
		if (url != null) {
			bottom = Math.max(bottom,
					payWay(canvas, column, top, letter.template().text(TemplateBlock.PAY_ONLINE, values), url));
			column = 105f;
		}
		EpcTransfer transfer = transfer(creditor, letter);
		if (transfer != null) {
			bottom = Math.max(bottom, payWay(canvas, column, top,
					letter.template().text(TemplateBlock.PAY_TRANSFER, values), transfer.payload()));
		}
		else if (creditor.letters().publicAccountant().isPresent()) {
			canvas.moveTo(top);
			canvas.paragraph(letter.template().text(TemplateBlock.PAY_ACCOUNTANT, values), fonts.regular(), 9f, column,
					RIGHT - column, 4.3f);
			bottom = Math.max(bottom, canvas.cursor());
		}
		canvas.moveTo(bottom);
	}

	/** A QR code with its caption below; returns the cursor under the caption. */
	private static float payWay(Canvas canvas, float leftMm, float topMm, String caption, String qrText)
			throws IOException {
		QrDrawing.draw(canvas.content(), qrText, leftMm * Canvas.MM,
				(Canvas.PAGE_HEIGHT_MM - topMm - QR_MM) * Canvas.MM, QR_MM * Canvas.MM);
		canvas.moveTo(topMm + QR_MM);
		canvas.paragraph(caption, canvas.fonts().regular(), 8.5f, leftMm, 80f, 3.8f);
		return canvas.cursor();
	}

	private static String address(List<String> lines, String postcode, String city) {
		List<String> all = new ArrayList<>(lines);
		all.add((postcode == null ? "" : postcode + " ") + (city == null ? "" : city));
		return String.join(", ", all).strip();
	}

	/** An IBAN as printed: groups of four. */
	private static String groups(String iban) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < iban.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				out.append(' ');
			}
			out.append(iban.charAt(i));
		}
		return out.toString();
	}

}
