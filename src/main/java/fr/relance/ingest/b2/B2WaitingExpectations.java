package fr.relance.ingest.b2;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.intake.SourceFile;

/**
 * After each ledger, the B2 expectations that were waiting for its invoices are attached
 * and compared.
 */
@Component
class B2WaitingExpectations implements LedgerImportListener {

	private final B2Expectations expectations;

	B2WaitingExpectations(B2Expectations expectations) {
		this.expectations = expectations;
	}

	@Override
	public void ledgerImported(Establishment establishment, SourceFile file, ImportContext context) {
		B2Expectations.Attached attached = expectations.attachWaiting(establishment.finess());
		attached.mismatches().forEach(m -> context.reject(m.toError(file.originalName(), true)));
	}

}
