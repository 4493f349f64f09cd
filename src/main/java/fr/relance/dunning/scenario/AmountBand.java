package fr.relance.dunning.scenario;

import java.math.BigDecimal;

/**
 * A balance band: balances from {@code from} (inclusive) up to {@code upTo} (exclusive);
 * {@code upTo} is null for the open top band. Uplift priors are given per band because
 * small debts do not respond like large ones.
 */
public record AmountBand(String name, BigDecimal from, BigDecimal upTo) {

	public boolean contains(BigDecimal balance) {
		return balance.compareTo(this.from) >= 0 && (this.upTo == null || balance.compareTo(this.upTo) < 0);
	}

}
