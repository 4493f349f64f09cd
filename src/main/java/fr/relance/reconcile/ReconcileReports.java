package fr.relance.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * What reconciliation could not settle, for the establishment's team (in its
 * {@code out/}): patient payments waiting in suspense, over-payments credited to
 * patients, the re-billing worklist of payer parts rejected, and payer return lines that
 * no invoice could take. Rewritten at each run of the night; absent when empty.
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

	/** Rows written in each report (header excluded). */
	record Rows(long suspense, long credits, long rebilling, long unmatchedReturns) {
	}

	Rows write(Establishment establishment, LocalDate runDate) {
		Path out = dropZone.out(establishment.finess());
		return new Rows(write(out.resolve(runDate + "-paiements-en-attente.csv"), payments(establishment, "suspense")),
				write(out.resolve(runDate + "-trop-percus.csv"), payments(establishment, "credit")),
				write(out.resolve(runDate + "-a-refacturer.csv"), REBILL_HEADER, rebilling(establishment)),
				write(out.resolve(runDate + "-retours-non-rapproches.csv"), RETURNS_HEADER,
						unmatchedReturns(establishment)));
	}

	private static final String[] REBILL_HEADER = { "facture", "payeur", "organisme", "montant dû", "rejetée le",
			"codes de rejet" };

	private static final String[] RETURNS_HEADER = { "facture", "payeur", "organisme", "payé", "date du virement",
			"statut", "motif" };

	/**
	 * The establishment's re-billing worklist: payer parts rejected, with the codes and
	 * labels as received.
	 */
	private List<List<String>> rebilling(Establishment establishment) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT i.invoice_number, p.payer, COALESCE(p.organisation, ''), p.amount_due, p.status_since,
				       COALESCE(string_agg(DISTINCT c.code || ' ' || COALESCE(c.label, ''), ' | '), '')
				FROM invoice_part p
				JOIN invoice i ON i.id = p.invoice_id
				LEFT JOIN remittance_line rl ON rl.invoice_part_id = p.id
				LEFT JOIN remittance_code c ON c.remittance_line_id = rl.id
				WHERE i.finess = :finess AND p.status = 'rejected'
				GROUP BY p.id, i.invoice_number
				ORDER BY p.status_since, i.invoice_number
				""")
			.bind("finess", establishment.finess())
			.map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					Amounts.frenchNumber(rs.getBigDecimal(4)), rs.getObject(5, LocalDate.class).format(FRENCH_DATE),
					rs.getString(6)))
			.list());
	}

	/**
	 * Payer lines no invoice could take (retentions included), and those that contradict
	 * the invoice they name.
	 */
	private List<List<String>> unmatchedReturns(Establishment establishment) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT COALESCE(rl.invoice_number, rl.debt_reference, ''), COALESCE(rl.payer_part, r.payer),
				       COALESCE(r.organisation, ''),
				       rl.paid, r.payment_date,
				       CASE rl.match_status WHEN 'unmatched' THEN 'non rapprochée' ELSE 'incohérente' END,
				       COALESCE(rl.match_note, '')
				FROM remittance_line rl JOIN remittance r ON r.id = rl.remittance_id
				WHERE r.finess = :finess AND rl.match_status IN ('unmatched', 'inconsistent')
				ORDER BY r.payment_date, rl.id
				""")
			.bind("finess", establishment.finess())
			.map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					Amounts.frenchNumber(rs.getBigDecimal(4)),
					rs.getObject(5, LocalDate.class) == null ? ""
							: rs.getObject(5, LocalDate.class).format(FRENCH_DATE),
					rs.getString(6), rs.getString(7)))
			.list());
	}

	private List<List<String>> payments(Establishment establishment, String status) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT p.paid_on, p.amount, p.amount - COALESCE((SELECT sum(a.amount) FROM allocation a
				           WHERE a.payment_id = p.id), 0) AS unallocated,
				       COALESCE(p.reference, p.bad_check_reference, ''), COALESCE(p.invoice_number, ''),
				       COALESCE(p.payer_name, ''),
				       COALESCE(p.match_note, '')
				FROM payment p WHERE p.finess = :finess AND p.match_status = :status ORDER BY p.paid_on, p.id
				""")
			.bind("finess", establishment.finess())
			.bind("status", status)
			.map((rs, ctx) -> List.of(rs.getObject(1, LocalDate.class).format(FRENCH_DATE),
					Amounts.frenchNumber(rs.getBigDecimal(2)), Amounts.frenchNumber(rs.getBigDecimal(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list());
	}

	private static final String[] PAYMENTS_HEADER = { "date", "montant", "non affecté", "référence", "facture",
			"payeur", "motif" };

	private static long write(Path file, List<List<String>> rows) {
		return write(file, PAYMENTS_HEADER, rows);
	}

	/** Returns the rows written. */
	private static long write(Path file, String[] header, List<List<String>> rows) {
		try {
			if (rows.isEmpty()) {
				Files.deleteIfExists(file);
				return 0;
			}
			try (EstablishmentCsv csv = EstablishmentCsv.create(file, header)) {
				rows.forEach(csv::row);
				csv.commit();
			}
			return rows.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

}
