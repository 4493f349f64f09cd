package fr.relance.output.calls;

import java.io.OutputStream;
import java.util.List;

import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The call list as operators open it in a spreadsheet: semicolons, UTF-8 with a
 * byte-order mark, French amounts, one row per call in the order to make them, through
 * the one writer of such files.
 */
final class CallListFile {

	static final String[] HEADER = { "rang", "reference_appel", "patient", "dossier", "telephone", "solde_du",
			"factures", "envois", "derniers_contacts", "appeler_a_partir_de", "creneaux", "valeur_attendue" };

	private CallListFile() {
	}

	static void write(List<CallListRow> rows, OutputStream out) {
		try (EstablishmentCsv csv = EstablishmentCsv.into(out, HEADER)) {
			int rank = 0;
			for (CallListRow r : rows) {
				csv.row(++rank, r.callReference(), r.patient(), r.fileNumber(), r.phone(),
						Amounts.frenchNumber(r.balance()), r.invoices(), r.sent(), r.lastContacts(), r.callFrom(),
						r.slots(), Amounts.frenchNumber(r.expectedGain()));
			}
			csv.commit();
		}
	}

}
