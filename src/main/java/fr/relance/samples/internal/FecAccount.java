package fr.relance.samples.internal;

/**
 * Accounts of the generated FEC. Only {@link #PATIENTS} (prefix 411) carries what the
 * engine imports; the others keep every entry balanced and are lines an importer must
 * skip: third-party receivables on 467 (not 411, so that AMO and AMC parts are never
 * mistaken for patient debts), revenue and bank.
 */
enum FecAccount {

	PATIENTS("411000", "Clients - patients"), AMO("467100", "Caisses d'assurance maladie - tiers payant"),
	AMC("467200", "Organismes complémentaires - tiers payant"), CARE_REVENUE("706000", "Prestations de soins"),
	BANK("512000", "Banque");

	private final String number;

	private final String label;

	FecAccount(String number, String label) {
		this.number = number;
		this.label = label;
	}

	String number() {
		return this.number;
	}

	String label() {
		return this.label;
	}

}
