package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads an amount over open parts in the given order (oldest first): pure arithmetic,
 * exact to the cent.
 */
final class Spread {

	private Spread() {
	}

	/**
	 * One share per part that receives something; what is left over is the caller's (a
	 * credit).
	 */
	static List<Share> of(BigDecimal amount, List<PayablePart> parts) {
		List<Share> shares = new ArrayList<>();
		BigDecimal left = amount;
		for (PayablePart part : parts) {
			if (left.signum() <= 0) {
				break;
			}
			BigDecimal share = left.min(part.amountOpen());
			if (share.signum() > 0) {
				shares.add(new Share(part, share));
				left = left.subtract(share);
			}
		}
		return shares;
	}

	static BigDecimal total(List<Share> shares) {
		return shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	record Share(PayablePart part, BigDecimal amount) {
	}

}
