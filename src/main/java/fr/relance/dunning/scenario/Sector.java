package fr.relance.dunning.scenario;

/**
 * Legal sector of the creditor; it sets the default limitation horizon
 * (docs/domain.md#limitation): two years for a private clinic (consumer rule, reviewed by
 * a lawyer before go-live), four years for a public hospital's titre.
 */
public enum Sector {

	PRIVATE(2), PUBLIC(4);

	private final int limitationYears;

	Sector(int limitationYears) {
		this.limitationYears = limitationYears;
	}

	public int limitationYears() {
		return this.limitationYears;
	}

}
