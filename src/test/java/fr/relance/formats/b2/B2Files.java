package fr.relance.formats.b2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;

/** B2 files sent by a configured establishment, for importer tests (invented numbers). */
public final class B2Files {

	private B2Files() {
	}

	/**
	 * CP invoice {@code number} of {@code partner}, lot 017 of 250301: AMO 1 050.00 +
	 * {@code extraCents}, AMC 210.00, patient 270.00 before AMC (60.00 after), total 1
	 * 320.00 + {@code extraCents}.
	 */
	public static B2Invoice invoice(String partner, String number, long extraCents) {
		List<B2Line> lines = List.of(new B2Line('3', 100000 + extraCents, 20000, 125000 + extraCents, 0),
				new B2Line('4', 5000, 1000, 7000, 0));
		ExpectedSplit split = new ExpectedSplit(105000 + extraCents, 21000, 27000, 132000 + extraCents);
		return new B2Invoice(new InvoiceKey(partner, "017", "250301", number), B2Layout.CP, "299129999999911", "000",
				"000004711", "019999999", "10", "010325", "030325", "  ", "0000000000", "15", 2, 2, lines, split,
				List.of(), 0);
	}

	public static byte[] file(String partner, List<B2Invoice> invoices) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		B2Header header = new B2Header("TE", "00000" + partner, "CP", "99999999999999", "FIC042", "250301", "CP  ",
				"B2");
		B2Lot lot = new B2Lot(partner, "999", "017", "250301", LocalDate.of(2001, 3, 25), "CLINIQUE (FICTIVE)", 'U', 0);
		try (B2Writer writer = new B2Writer(out, header, LineEnd.CRLF)) {
			writer.lot(lot);
			invoices.forEach(writer::invoice);
			writer.endLot('R').finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
