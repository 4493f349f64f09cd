package fr.relance.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.support.money.Amounts;

/**
 * What reconciliation could not settle, for the establishment's team (in its {@code out/}): patient payments waiting
 * in suspense and over-payments credited to patients. Rewritten at each run of the night; absent when empty.
 */
@Component
class ReconcileReports {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Jdbi jdbi;

	private final DropZone dropZone;

	ReconcileReports(Jdbi jdbi, DropZone dropZone) {
		this.jdbi = jdbi;
		this.dropZone = dropZone;
	}

	void write(Establishment establishment, LocalDate runDate) {
		Path out = dropZone.out(establishment.finess());
		write(out.resolve(runDate + "-paiements-en-attente.csv"), payments(establishment, "suspense"));
		write(out.resolve(runDate + "-trop-percus.csv"), payments(establishment, "credit"));
	}

	private List<List<String>> payments(Establishment establishment, String status) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT p.paid_on, p.amount, p.amount - COALESCE((SELECT sum(a.amount) FROM allocation a
				           WHERE a.payment_id = p.id), 0) AS unallocated,
				       COALESCE(p.reference, ''), COALESCE(p.invoice_number, ''), COALESCE(p.payer_name, ''),
				       COALESCE(p.match_note, '')
				FROM payment p WHERE p.finess = :finess AND p.match_status = :status ORDER BY p.paid_on, p.id
				""").bind("finess", establishment.finess()).bind("status", status)
			.map((rs, ctx) -> List.of(rs.getObject(1, LocalDate.class).format(FRENCH_DATE),
					Amounts.frenchNumber(rs.getBigDecimal(2)), Amounts.frenchNumber(rs.getBigDecimal(3)), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list());
	}

	private static void write(Path file, List<List<String>> rows) {
		try {
			if (rows.isEmpty()) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				writer.write('\uFEFF');
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
					.setRecordSeparator("\r\n")
					.setHeader("date", "montant", "non affecté", "référence", "facture", "payeur", "motif")
					.get());
				for (List<String> row : rows) {
					csv.printRecord(row);
				}
				csv.flush();
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

}
