package fr.relance.formats.b2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;

/** Synthetic B2 content for tests (obviously fake identifiers only). */
final class B2Samples {

	static final B2Header CP_HEADER = new B2Header("TE", "00000999999999", "CP", "99999999999999", "FIC042", "250301",
			"CP  ", "B2");

	static final B2Lot LOT = new B2Lot("999999999", "999", "017", "250301", LocalDate.of(2001, 3, 25),
			"CLINIQUE EXEMPLE DÉSIRÉE (FICTIVE)", 'U', 0);

	private B2Samples() {
	}

	/**
	 * CP invoice {@code n}: a hospital line and a fee line, a 2S with full tiers payant.
	 */
	static B2Invoice cpInvoice(int n) {
		List<B2Line> lines = List.of(new B2Line('3', 100000 + n, 20000, 125000 + n, 0),
				new B2Line('4', 5000, 1000, 7000, 0));
		ExpectedSplit split = new ExpectedSplit(105000 + n, 21000, 27000, 132000 + n);
		return new B2Invoice(new InvoiceKey("999999999", "017", "250301", String.format("%09d", 500 + n)), B2Layout.CP,
				"299129999999911", "000", "000004711", "019999999", "10", "010325", "030325", "  ", "0000000000", "15",
				2, 2, lines, split, List.of(), 0);
	}

	static byte[] file(int invoices, LineEnd lineEnd) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (B2Writer writer = new B2Writer(out, CP_HEADER, lineEnd)) {
			writer.lot(LOT);
			for (int n = 0; n < invoices; n++) {
				writer.invoice(cpInvoice(n));
			}
			writer.endLot('T').finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String workedExample() {
		try (InputStream in = B2Samples.class.getResourceAsStream("/b2/worked-example-cp.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<B2Event> readAll(byte[] file, B2Options options) {
		List<B2Event> events = new ArrayList<>();
		new B2Reader(options).read(new ByteArrayInputStream(file), events::add);
		return events;
	}

	static <T> List<T> only(List<B2Event> events, Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
