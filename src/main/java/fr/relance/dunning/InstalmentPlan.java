package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The instalment plan (échéancier) running on a case, and what the patient paid since
 * signing it.
 *
 * @param signedOn the day the plan was agreed: it acknowledges the debt
 * @param instalment amount of each instalment, euros, scale 2
 * @param instalments how many instalments the plan has
 * @param firstDue the first instalment's due date; the next ones fall every
 * {@code periodMonths} months
 * @param paidSinceSigned patient payments on the case's invoices from the signing day to
 * the run date
 */
public record InstalmentPlan(LocalDate signedOn, BigDecimal instalment, int instalments, LocalDate firstDue,
		int periodMonths, BigDecimal paidSinceSigned) {

	private static final BigDecimal CENT = new BigDecimal("0.01");

	/** Instalments whose due date, plus the grace days, has passed on the run date. */
	public int dueBy(LocalDate runDate, int graceDays) {
		LocalDate latePast = runDate.minusDays(graceDays);
		int due = 0;
		while (due < this.instalments && !dueDate(due).isAfter(latePast)) {
			due++;
		}
		return due;
	}

	/** The due date of instalment {@code index} (0 for the first). */
	public LocalDate dueDate(int index) {
		return this.firstDue.plusMonths((long) index * this.periodMonths);
	}

	/**
	 * In good standing while the payments cover every instalment past its grace days (a
	 * cent of rounding allowed); defaulted as soon as one is missing; NONE once every
	 * instalment is paid, so any rest is chased again.
	 */
	public PaymentPlan standing(LocalDate runDate, int graceDays) {
		int due = dueBy(runDate, graceDays);
		BigDecimal expected = this.instalment.multiply(BigDecimal.valueOf(due));
		if (this.paidSinceSigned.add(CENT).compareTo(expected) < 0) {
			return PaymentPlan.DEFAULTED;
		}
		return due == this.instalments ? PaymentPlan.NONE : PaymentPlan.IN_GOOD_STANDING;
	}

	/** The expected and paid amounts, for the decision's explanation. */
	public String describe(LocalDate runDate, int graceDays) {
		int due = dueBy(runDate, graceDays);
		return "plan signed on " + this.signedOn + ": " + this.instalments + " x " + this.instalment + " EUR from "
				+ this.firstDue + ", " + due + " due (grace " + graceDays + " days) = "
				+ this.instalment.multiply(BigDecimal.valueOf(due)) + " EUR, paid " + this.paidSinceSigned + " EUR";
	}

}
