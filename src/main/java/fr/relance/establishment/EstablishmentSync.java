package fr.relance.establishment;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

/**
 * Copies the establishment files into the {@code establishment} table at the start of a
 * night, so that every row imported that night refers to an establishment as currently
 * configured.
 */
@Component
public class EstablishmentSync {

	private static final String UPSERT = """
			INSERT INTO establishment (finess, legal_name, sector, address_lines, postcode, city, patient_contact,
			    payment_url, iban, bic, ledger_profile, ledger_records_bank_payments, scenario, synced_at)
			VALUES (:finess, :legalName, :sector, :address, :postcode, :city, :patientContact, :paymentUrl, :iban, :bic,
			    :ledgerProfile, :bankPayments, :scenario, now())
			ON CONFLICT (finess) DO UPDATE SET legal_name = EXCLUDED.legal_name, sector = EXCLUDED.sector,
			    address_lines = EXCLUDED.address_lines, postcode = EXCLUDED.postcode, city = EXCLUDED.city,
			    patient_contact = EXCLUDED.patient_contact, payment_url = EXCLUDED.payment_url, iban = EXCLUDED.iban,
			    bic = EXCLUDED.bic, ledger_profile = EXCLUDED.ledger_profile,
			    ledger_records_bank_payments = EXCLUDED.ledger_records_bank_payments, scenario = EXCLUDED.scenario,
			    synced_at = EXCLUDED.synced_at
			""";

	private final Jdbi jdbi;

	private final EstablishmentDirectory directory;

	private final TransactionTemplate ownTransaction;

	EstablishmentSync(Jdbi jdbi, EstablishmentDirectory directory, PlatformTransactionManager transactionManager) {
		this.jdbi = jdbi;
		this.directory = directory;
		// committed at once, whatever the caller's transaction: files are registered in
		// their own transactions
		this.ownTransaction = Transactions.requiresNew(transactionManager);
	}

	public int sync() {
		return sync(directory.all());
	}

	/** Upserts these establishments (all configured ones at the start of a night). */
	public int sync(java.util.Collection<Establishment> establishments) {
		ownTransaction.executeWithoutResult(tx -> jdbi.useHandle(handle -> {
			for (Establishment e : establishments) {
				handle.createUpdate(UPSERT)
					.bind("finess", e.finess())
					.bind("legalName", e.legalName())
					.bind("sector", e.sector().name().toLowerCase(java.util.Locale.ROOT))
					.bind("address", e.address().toArray(String[]::new))
					.bind("postcode", e.postcode())
					.bind("city", e.city())
					.bind("patientContact", e.patientContact())
					.bind("paymentUrl", e.paymentUrl())
					.bind("iban", e.iban())
					.bind("bic", e.bic())
					.bind("ledgerProfile", e.ledgerProfile())
					.bind("bankPayments", e.ledgerRecordsBankPayments())
					.bind("scenario", e.scenario())
					.execute();
			}
		}));
		return establishments.size();
	}

}
