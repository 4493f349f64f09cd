package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promise the patient made to an operator: to pay {@code amount} by {@code dueOn}.
 * Dunning waits until that day plus a grace (the time a transfer takes to show), then
 * resumes if the case is still open.
 *
 * @param promisedOn the day of the call
 */
public record PaymentPromise(LocalDate promisedOn, LocalDate dueOn, BigDecimal amount) {

	/** The first night dunning may act again. */
	public LocalDate lapsesOn(int graceDays) {
		return this.dueOn.plusDays(graceDays + 1L);
	}

}
