package fr.relance.samples;

import java.util.List;

/**
 * A fictitious establishment and the configuration the engine needs for it (written as
 * its YAML file), including the profile its ledger is written in.
 */
public record SampleEstablishment(int index, String finess, String legalName, Sector sector, List<String> addressLines,
		String postcode, String city, String patientContact, String paymentUrl, String iban, String bic,
		LedgerExport ledgerProfile) {

	public SampleEstablishment {
		addressLines = List.copyOf(addressLines);
		if (ledgerProfile == null) {
			throw new IllegalArgumentException("ledger profile is required");
		}
	}

	/**
	 * Private clinics and public hospitals are chased under different rules
	 * (docs/domain.md#public-hospitals).
	 */
	public enum Sector {

		PRIVATE("private", "private-clinic"), PUBLIC("public", "public-hospital");

		private final String code;

		private final String scenario;

		Sector(String code, String scenario) {
			this.code = code;
			this.scenario = scenario;
		}

		/** Word used in the configuration file. */
		public String code() {
			return this.code;
		}

		/** Name of the dunning scenario this sector starts with. */
		public String scenario() {
			return this.scenario;
		}

	}

}
