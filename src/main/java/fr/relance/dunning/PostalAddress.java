package fr.relance.dunning;

/**
 * Where letters go. {@code country} null or "FR" means France, where a postcode has five digits; the postcode also
 * tells the debtor's region for holidays and hours.
 */
public record PostalAddress(String line, String postcode, String city, String country) {

	/** True when a letter could be addressed: a street line, a city, and a well-formed French postcode. */
	public boolean isComplete() {
		if (blank(this.line) || blank(this.city)) {
			return false;
		}
		boolean france = this.country == null || this.country.isBlank() || "FR".equalsIgnoreCase(this.country);
		return !france || (this.postcode != null && this.postcode.strip().matches("\\d{5}"));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
