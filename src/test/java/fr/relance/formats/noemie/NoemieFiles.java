package fr.relance.formats.noemie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * NOEMIE returns addressed to a configured establishment, for importer tests: the content
 * of {@code samples/noemie/valid-small-crlf.noemie} (one AMO transfer of 3 returns and a
 * retention) followed by an AMC-only transfer of 2 returns. Sender file id and transfer
 * labels are given, so that each test posts returns of its own (the database is shared by
 * the tests of one context).
 */
public final class NoemieFiles {

	private NoemieFiles() {
	}

	public static NoemieHeader header(String addressee, String fileId) {
		return new NoemieHeader("CP", "99999999999999", "TE", addressee, "  ", fileId, "250314",
				LocalDate.of(2025, 3, 14), "0580", "  ", 'R');
	}

	public static Transfer amoTransfer(String reference) {
		return new Transfer(1, "000000999999999", "250314", LocalDate.of(2025, 3, 14), "VIR CPAM 999 " + reference,
				"DÉCOMPTE N° 7", "CPAM999");
	}

	public static Transfer amcTransfer(String reference) {
		return new Transfer(2, "000000999999999", "250315", LocalDate.of(2025, 3, 15), "VIR MUT 888 " + reference, "",
				"MUT888");
	}

	/**
	 * Return {@code n} of the AMC-only transfer: a 199 part paid 30.00 + n, or rejected
	 * (code M001) for n = 1.
	 */
	static InvoiceReturn amcReturn(Transfer transfer, int n) {
		Part amc = n == 1 ? new Part(4000, PartStatus.REJECTED, 0, "0000088888")
				: new Part(3000 + n, PartStatus.PAID, 3000 + n, "0000088888");
		List<Reject> rejects = n == 1 ? List.of(new Reject(294, "M001", "ADHERENT RADIE (FICTIF)", 'F', 'C'))
				: List.of();
		return new InvoiceReturn(transfer, NoemieSamples.LOT, String.format("%09d", 200000 + n), "018", "250302", 'A',
				"250302", "10", null, null, null, amc, rejects, List.of(), 0);
	}

	/**
	 * The two transfers, with {@code extraReturns} more paid AMO returns in the first one
	 * (to exceed a file head).
	 */
	public static byte[] twoTransfers(String addressee, String fileId, String reference, LineEnd lineEnd,
			int extraReturns) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Transfer amo = amoTransfer(reference);
		Transfer amc = amcTransfer(reference);
		try (NoemieWriter writer = new NoemieWriter(out, header(addressee, fileId), lineEnd, false,
				RecordCountConvention.ALL_RECORDS)) {
			writer.payee("000000999999999").transfer(amo).lot(NoemieSamples.LOT);
			for (int n = 0; n < 3 + extraReturns; n++) {
				writer.invoice(withTransfer(NoemieSamples.invoice(n < 3 ? n : 3), amo, n));
			}
			writer.control();
			writer.retention(new Retention(amo, 1, "DETTE00001", "250201", "IND", "RPR", 1500, 0));
			writer.control();
			writer.transfer(amc).lot(new Lot("018", "250302", LocalDate.of(2025, 3, 2), "01"));
			writer.invoice(amcReturn(amc, 0)).invoice(amcReturn(amc, 1));
			writer.control().control().control().finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * A file of rejects only: one lot under the payee, no {@code 071} transfer, two
	 * rejected AMO parts.
	 */
	public static byte[] rejectsOnly(String addressee, String fileId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Lot lot = new Lot("019", "250303", LocalDate.of(2025, 3, 3), "01");
		try (NoemieWriter writer = new NoemieWriter(out, header(addressee, fileId), LineEnd.LF)) {
			writer.payee("000000999999999").lot(lot);
			for (int n = 0; n < 2; n++) {
				writer.invoice(new InvoiceReturn(null, lot, String.format("%09d", 300000 + n), "019", "250303", 'B',
						"250303", "10", null, null, new Part(6000 + n, PartStatus.REJECTED, 0, null), null,
						List.of(new Reject(294, "B201", "LOT INCOHERENT (FICTIF)", 'F', 'O')), List.of(), 0));
			}
			writer.control().control().finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The same file with one cent more paid on the first AMO part (invoice 000100000),
	 * its 990 left as it was: the lot's control sum fails.
	 */
	public static byte[] paidOneCentMore(byte[] file) {
		String text = new String(file, StandardCharsets.ISO_8859_1);
		String part = "1980500012345P00012345P@";
		if (!text.contains(part)) {
			throw new IllegalArgumentException("no AMO part of invoice 000100000 in one piece");
		}
		return text.replaceFirst(part, "1980500012345P00012346P@").getBytes(StandardCharsets.ISO_8859_1);
	}

	private static InvoiceReturn withTransfer(InvoiceReturn r, Transfer transfer, int n) {
		return new InvoiceReturn(transfer, r.lot(), String.format("%09d", 100000 + n), r.lotNumber(), r.lotDateRaw(),
				r.invoiceType(), r.billingDateRaw(), r.natureAssurance(), r.insuredNir(), r.beneficiaryNir(), r.amo(),
				r.amc(), r.rejects(), r.lines(), 0);
	}

}
