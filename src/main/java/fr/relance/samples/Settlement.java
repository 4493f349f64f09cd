package fr.relance.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * What tonight's payer and bank files say about one invoice, on top of its ledger: the
 * NOEMIE returns on its AMO (and, coordinated, AMC) part, the bank transfer a patient
 * made for it (null when none), and whether the B2 file bills it. {@link #NONE} when the
 * world is generated without returns, or for a FEC establishment (its ledger holds no
 * payer part).
 */
public record Settlement(List<PayerReturn> returns, BankTransfer bankTransfer, boolean billed) {

	public static final Settlement NONE = new Settlement(List.of(), null, false);

	public Settlement {
		returns = List.copyOf(returns);
	}

	/**
	 * What this earlier night's files and {@code tonight}'s say together: the returns of
	 * both, the one bank transfer and billing of either (the generator never draws a
	 * second transfer or a second return on a payer part).
	 */
	public Settlement then(Settlement tonight) {
		List<PayerReturn> all = new ArrayList<>(this.returns);
		all.addAll(tonight.returns());
		return new Settlement(all, this.bankTransfer != null ? this.bankTransfer : tonight.bankTransfer(),
				this.billed || tonight.billed());
	}

	/** The return on that payer's part, null when none. */
	public PayerReturn returnFor(Payer payer) {
		return this.returns.stream().filter(r -> r.payer() == payer).findFirst().orElse(null);
	}

	/** True when a payer part is transferred to the patient tonight. */
	public boolean transfersToPatient() {
		return this.returns.stream().anyMatch(r -> r.outcome() == PayerReturn.Outcome.TRANSFERRED);
	}

}
