package fr.relance.dunning;

import java.util.Arrays;

import fr.relance.support.postal.AddressBlock;

/**
 * Where letters go. {@code country} null or "FR" means France, where a postcode has five
 * digits; the postcode also tells the debtor's region for holidays and hours.
 *
 * @param line first street line
 * @param line2 second street line (building, lieu-dit), may be null
 */
public record PostalAddress(String line, String line2, String postcode, String city, String country) {

	public PostalAddress(String line, String postcode, String city, String country) {
		this(line, null, postcode, city, country);
	}

	/**
	 * True when a letter can be addressed: La Poste's rule as the letter renderer applies
	 * it ({@link AddressBlock}), so a case this gate lets through always gets its letter
	 * printed.
	 */
	public boolean isComplete() {
		return refusal() == null;
	}

	/** Why no letter can be addressed here, or null. */
	public String refusal() {
		return AddressBlock.check(Arrays.asList(this.line, this.line2), this.postcode, this.city, this.country);
	}

}
