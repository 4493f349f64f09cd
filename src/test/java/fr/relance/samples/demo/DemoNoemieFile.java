package fr.relance.samples.demo;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieWriter;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.PartStatus;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Transfer;

/**
 * Writes the demo's NOEMIE return for the sample clinic
 * (samples/drop/750000010/in/retour-noemie-20261119.noemie), matching invoices of the
 * sample ledger. Run once by hand when the sample changes:
 * {@code java -cp target/classes:target/test-classes fr.relance.samples.demo.DemoNoemieFile samples/drop/750000010/in}.
 */
public final class DemoNoemieFile {

	private DemoNoemieFile() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		NoemieHeader header = new NoemieHeader("CP", "00000000075100", "TE", "750000010", "  ", "000042", "261119",
				LocalDate.of(2026, 11, 19), "0580", "  ", 'R');
		Transfer transfer = new Transfer(1, "000000750000010", "261118", LocalDate.of(2026, 11, 18),
				"VIR CPAM 751 REF DEMO0001", "DECOMPTE DU 18/11/2026", "CPAM751");
		Lot lot = new Lot("041", "261020", LocalDate.of(2026, 10, 20), "01");
		try (OutputStream out = Files.newOutputStream(folder.resolve("retour-noemie-20261119.noemie"));
				NoemieWriter writer = new NoemieWriter(out, header, LineEnd.CRLF)) {
			writer.payee("000000750000010").transfer(transfer).lot(lot);
			// F260000104: AMO paid in full; AMC rejected with A123, a code whose rule
			// moves the part to the patient
			writer.invoice(invoice(transfer, lot, "260000104", new Part(12000, PartStatus.PAID, 12000, null),
					new Part(3000, PartStatus.REJECTED, 0, "0990700015"),
					List.of(new Reject(294, "A123", "DROITS NON OUVERTS A LA DATE DES SOINS (FICTIF)", 'F', 'C'))));
			// F260000105: AMO rejected with C310, to re-bill: goes on the clinic's
			// worklist, not to the patient
			writer.invoice(invoice(transfer, lot, "260000105", new Part(1840, PartStatus.REJECTED, 0, null), null,
					List.of(new Reject(294, "C310", "PRESCRIPTEUR ABSENT (FICTIF)", 'F', 'O'))));
			// F260000110: AMO paid, already recorded in the clinic's ledger: not counted
			// twice
			writer.invoice(invoice(transfer, lot, "260000110", new Part(16000, PartStatus.PAID, 16000, null), null,
					List.of()));
			// 260000999: no such invoice at the clinic: reported as a return no invoice
			// could take
			writer.invoice(
					invoice(transfer, lot, "260000999", new Part(5000, PartStatus.PAID, 5000, null), null, List.of()));
			writer.control().control().control().finish();
		}
	}

	private static InvoiceReturn invoice(Transfer transfer, Lot lot, String number, Part amo, Part amc,
			List<Reject> rejects) {
		return new InvoiceReturn(transfer, lot, number, lot.number(), lot.creationDateRaw(), 'B', "261020", "10", null,
				null, amo, amc, rejects, List.of(), 0);
	}

}
