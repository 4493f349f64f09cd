package fr.relance.ingest.contacts;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.ingest.contacts.internal.ContactValidityDao;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.postal.FrenchCommunes;

/**
 * After each ledger, the French addresses it created or changed are checked against the
 * packaged list of postcodes and communes. A city the postcode does not serve is a
 * warning in the establishment's report for that file (line, field, the communes of the
 * postcode), not a refusal: the letter still goes, because La Poste sorts on the
 * postcode, and the address stays as the establishment wrote it until its next ledger
 * corrects it.
 */
@Component
class AddressCheck implements LedgerImportListener {

	private static final int COMMUNES_SHOWN = 12;

	private final Jdbi jdbi;

	AddressCheck(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public void ledgerImported(Establishment establishment, SourceFile file, ImportContext context) {
		FrenchCommunes communes = FrenchCommunes.packaged();
		// in a transaction, so that the fetch size streams the rows instead of reading
		// them all at once
		this.jdbi.useTransaction((handle) -> handle.attach(ContactValidityDao.class)
			.addressesOf(establishment.finess(), file.id())
			.forEach((address) -> {
				if (!communes.consistent(address.postcode(), address.city())) {
					context.warn(new ReportedError(file.originalName(), address.sourceLine(), "city", address.city(),
							ReportCode.POSTCODE_CITY_MISMATCH,
							message(address.postcode(), communes.communes(address.postcode(), COMMUNES_SHOWN))));
				}
			}));
	}

	private static String message(String postcode, List<String> communes) {
		return "La commune ne correspond pas au code postal " + postcode + " (" + String.join(", ", communes)
				+ ") : le courrier part tout de même à cette adresse ; merci de la vérifier et de la corriger.";
	}

}
