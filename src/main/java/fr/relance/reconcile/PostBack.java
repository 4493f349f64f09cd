package fr.relance.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.reconcile.internal.PostBackDao;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The payments Relance matched, for the establishment to post in its billing system
 * ({@code
 * <date>-paiements-a-saisir.csv} in its {@code out/}): otherwise its next ledger still
 * shows those invoices unpaid and contradicts us. Each allocation of money received is
 * handed once, on the night it is first seen (post_back); running that night again writes
 * the same rows, a later night never lists them again. Written every night, with its
 * header alone when nothing is new, so an import job tells a quiet night from a missing
 * file.
 */
@Component
class PostBack {

	static final String FILE = "paiements-a-saisir.csv";

	private static final String[] HEADER = { "n° Relance", "facture", "payeur", "organisme", "date", "montant",
			"origine", "référence", "fichier", "ligne" };

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Jdbi jdbi;

	private final DropZone dropZone;

	PostBack(Jdbi jdbi, DropZone dropZone) {
		this.jdbi = jdbi;
		this.dropZone = dropZone;
	}

	/** Hands tonight's new allocations and writes the night's file; returns its rows. */
	long write(Establishment establishment, LocalDate runDate) {
		List<PostBackDao.Row> rows = jdbi.inTransaction(h -> {
			PostBackDao dao = h.attach(PostBackDao.class);
			dao.mark(establishment.finess(), runDate);
			return dao.night(establishment.finess(), runDate);
		});
		Path file = dropZone.out(establishment.finess()).resolve(runDate + "-" + FILE);
		try (EstablishmentCsv csv = EstablishmentCsv.create(file, HEADER)) {
			for (PostBackDao.Row row : rows) {
				csv.row(row.allocationId(), row.invoiceNumber(), payer(row.payer()),
						row.organisation() == null ? "" : row.organisation(), row.allocatedOn().format(FRENCH_DATE),
						Amounts.frenchNumber(row.amount()), origin(row), row.reference() == null ? "" : row.reference(),
						row.fileName() == null ? "" : row.fileName(), row.fileLine() == null ? "" : row.fileLine());
			}
			csv.commit();
		}
		return rows.size();
	}

	private static String payer(String payer) {
		return payer.equals("PATIENT") ? "patient" : payer;
	}

	/** Where the money came from, in the words of a billing office. */
	private static String origin(PostBackDao.Row row) {
		return switch (row.kind()) {
			case "payment" -> "bank_transfer".equals(row.channel()) ? "virement"
					: "third_party".equals(row.channel()) ? "recouvrement par un tiers" : "paiement en ligne";
			case "reversal" -> "reprise d'indu (retenue)";
			default -> row.payer().equals("AMO") ? "retour de l'assurance maladie" : "relevé de la complémentaire";
		};
	}

}
