package fr.relance.samples;

import java.util.List;

/** A fictitious establishment and the configuration the engine needs for it (written as its YAML file). */
public record SampleEstablishment(int index, String finess, String legalName, Sector sector, List<String> addressLines,
		String postcode, String city, String patientContact, String paymentUrl, String iban, String bic) {

	/** Profile name of the ledger format every generated ledger follows. */
	public static final String LEDGER_PROFILE = "relance-standard";

	public SampleEstablishment {
		addressLines = List.copyOf(addressLines);
	}

	/** Private clinics and public hospitals are chased under different rules (domain.md section 2.3). */
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
