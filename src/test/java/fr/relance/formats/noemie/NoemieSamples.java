package fr.relance.formats.noemie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;

/**
 * Synthetic NOEMIE content for tests and the benchmark (obviously fake identifiers only).
 */
public final class NoemieSamples {

	public static final NoemieHeader HEADER = new NoemieHeader("CP", "99999999999999", "TE", "999999999", "  ",
			"RSP042", "250314", LocalDate.of(2025, 3, 14), "0580", "  ", 'T');

	public static final Transfer TRANSFER = new Transfer(1, "000000999999999", "250314", LocalDate.of(2025, 3, 14),
			"VIR CPAM 999 RÉF 0000012345", "DÉCOMPTE N° 7", "CPAM999");

	public static final Lot LOT = new Lot("017", "250301", LocalDate.of(2025, 3, 1), "01");

	private NoemieSamples() {
	}

	/**
	 * Invoice {@code n} of the lot: paid, rejected or deferred in turn, with an AMC part
	 * on even numbers.
	 */
	public static InvoiceReturn invoice(int n) {
		String number = String.format("%09d", 100000 + n);
		Part amo = switch (n % 3) {
			case 0 -> new Part(12345 + n, PartStatus.PAID, 12345 + n, null);
			case 1 -> new Part(8000, PartStatus.REJECTED, 0, null);
			default -> new Part(5000, PartStatus.DEFERRED, 0, null);
		};
		Part amc = n % 2 == 0 ? new Part(2000, PartStatus.PAID, 2000, "0000099999") : null;
		List<Reject> rejects = n % 3 == 1
				? List.of(new Reject(294, "A123", "DROITS NON OUVERTS À LA DATE DES SOINS (FICTIF)", 'F', 'O'),
						new Reject(290, "0000000042", "SIGNALEMENT FICTIF", ' ', ' '))
				: List.of();
		List<ActLine> lines = List.of(new ActLine(1, amo.paidCents()));
		return new InvoiceReturn(TRANSFER, LOT, number, LOT.number(), LOT.creationDateRaw(), 'B', "250301", "10",
				"1991299999999" + "27", n % 2 == 0 ? "2991299999999" + "11" : null, amo, amc, rejects, lines, 0);
	}

	/**
	 * A file of one payee, one transfer, one lot of {@code invoices} returns, a retention
	 * and 990 controls.
	 */
	public static byte[] file(int invoices, LineEnd lineEnd, boolean logicalLines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (NoemieWriter writer = new NoemieWriter(out, HEADER, lineEnd, logicalLines,
				fr.relance.formats.fixedwidth.RecordCountConvention.ALL_RECORDS)) {
			writer.payee("000000999999999").transfer(TRANSFER).lot(LOT);
			for (int n = 0; n < invoices; n++) {
				writer.invoice(invoice(n));
			}
			writer.control();
			writer.retention(new Retention(TRANSFER, 1, "DETTE00001", "250201", "IND", "RPR", 1500, 0));
			writer.control().control().finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The physical worked example of docs/formats.md#worked-examples, lines ended by LF.
	 */
	public static String workedExample() {
		try (InputStream in = NoemieSamples.class.getResourceAsStream("/noemie/worked-example.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static List<NoemieEvent> readAll(byte[] file, NoemieOptions options) {
		List<NoemieEvent> events = new ArrayList<>();
		new NoemieReader(options).read(new java.io.ByteArrayInputStream(file), events::add);
		return events;
	}

	static <T> List<T> only(List<NoemieEvent> events, Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
