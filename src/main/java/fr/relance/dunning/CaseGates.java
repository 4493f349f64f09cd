package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility gates that hold a whole case, each adding a named reason. All gates are
 * evaluated, not just the first that holds, so the stored decision lists every cause.
 */
final class CaseGates {

	private final DunningSettings settings;

	CaseGates(DunningSettings settings) {
		this.settings = settings;
	}

	static long daysBetween(LocalDate earlier, LocalDate later) {
		return later.toEpochDay() - earlier.toEpochDay();
	}

	/**
	 * Parts still claimable on the run date; a part is time-barred from its limitation
	 * start + years. Signing an instalment plan acknowledges the debts owed then, which
	 * restarts their clock (Code civil 2240).
	 */
	List<OpenPart> claimable(CaseSnapshot snapshot, LocalDate runDate, int years, List<Reason> reasons) {
		List<OpenPart> claimable = new ArrayList<>(snapshot.parts().size());
		LocalDate acknowledged = snapshot.plan() == null ? null : snapshot.plan().signedOn();
		for (OpenPart part : snapshot.parts()) {
			LocalDate start = part.limitationStart();
			if (acknowledged != null && !part.dueDate().isAfter(acknowledged) && acknowledged.isAfter(start)) {
				start = acknowledged;
			}
			LocalDate barredOn = start.plusYears(years);
			if (runDate.isBefore(barredOn)) {
				claimable.add(part);
			}
			else {
				reasons.add(Reason.of(ReasonCode.PART_TIME_BARRED, "invoice " + part.invoiceNumber() + " ("
						+ part.amountOpen() + " EUR) time-barred since " + barredOn + " (" + years + " years)"));
			}
		}
		if (claimable.isEmpty() && !snapshot.parts().isEmpty()) {
			reasons.add(Reason.of(ReasonCode.TIME_BARRED, "every open part is time-barred: legal review"));
		}
		return claimable;
	}

	void check(CaseSnapshot snapshot, BigDecimal balance, LocalDate runDate, List<Reason> reasons) {
		boolean timeBarred = reasons.stream().anyMatch((r) -> r.code() == ReasonCode.TIME_BARRED);
		if (snapshot.parts().isEmpty()) {
			reasons.add(Reason.of(ReasonCode.NO_BALANCE, "no open patient part"));
		}
		else if (balance.signum() <= 0 && !timeBarred) {
			reasons.add(Reason.of(ReasonCode.NO_BALANCE, "nothing owed (balance " + balance + " EUR)"));
		}
		staleData(snapshot.lastLedgerReceived(), runDate, reasons);
		person(snapshot, reasons);
		credit(snapshot, balance, reasons);
		plan(snapshot.plan(), runDate, reasons);
		operators(snapshot.followUp(), runDate, reasons);
		handOver(snapshot.answers(), reasons);
		firstLetterReturned(snapshot, reasons);
		insurers(snapshot, runDate, reasons);
		recentEvents(snapshot, runDate, reasons);
	}

	private void staleData(LocalDate lastLedger, LocalDate runDate, List<Reason> reasons) {
		if (!this.settings.ledgerStale(lastLedger, runDate)) {
			return;
		}
		if (lastLedger == null) {
			reasons.add(Reason.of(ReasonCode.STALE_ESTABLISHMENT_DATA, "no ledger ever received"));
		}
		else {
			reasons.add(Reason.of(ReasonCode.STALE_ESTABLISHMENT_DATA, "newest ledger of " + lastLedger + " is "
					+ daysBetween(lastLedger, runDate) + " days old (limit " + this.settings.staleLedgerDays() + ")"));
		}
	}

	/**
	 * A deceased or protected debtor waits for a person; once a person released the case
	 * held for that reason (giving the address of the estate's notary or of the
	 * guardian), dunning resumes and says so.
	 */
	private void person(CaseSnapshot snapshot, List<Reason> reasons) {
		WorklistAnswers answers = snapshot.answers();
		if (snapshot.debtor().deceased()) {
			reasons.add(answers.lifted(ReasonCode.DECEASED)
					? Reason.of(ReasonCode.REVIEW_RELEASED,
							"debtor deceased; the establishment released the case on " + answers.reviewReleasedOn()
									+ ": letters go to the address it gave (the estate's)")
					: Reason.of(ReasonCode.DECEASED, "debtor deceased: estate letter decided by a person"));
		}
		if (snapshot.debtor().underGuardianship()) {
			reasons.add(answers.lifted(ReasonCode.UNDER_GUARDIANSHIP) ? Reason.of(ReasonCode.REVIEW_RELEASED,
					"debtor under guardianship; the establishment released the " + "case on "
							+ answers.reviewReleasedOn() + ": letters go to the address it gave (the guardian's)")
					: Reason.of(ReasonCode.UNDER_GUARDIANSHIP, "debtor under guardianship: write to the guardian"));
		}
		if (snapshot.disputed()) {
			reasons.add(Reason.of(ReasonCode.DISPUTE, "debt disputed: held until a person closes the dispute"));
		}
	}

	/**
	 * Never chase someone the establishment owes money to: the credit is refunded or
	 * netted first, by a person.
	 */
	private static void credit(CaseSnapshot snapshot, BigDecimal balance, List<Reason> reasons) {
		if (snapshot.credit().signum() > 0 && balance.signum() > 0) {
			reasons.add(Reason.of(ReasonCode.CREDIT_TO_REFUND,
					"the establishment owes the patient " + snapshot.credit()
							+ " EUR (over-payment): refund it, or net it against the " + balance
							+ " EUR owed, before any reminder"));
		}
	}

	/**
	 * A plan paid as agreed holds the case; a missed instalment lets dunning resume, and
	 * says so.
	 */
	private void plan(InstalmentPlan plan, LocalDate runDate, List<Reason> reasons) {
		if (plan == null) {
			return;
		}
		int grace = this.settings.planGraceDays();
		String detail = plan.describe(runDate, grace);
		switch (plan.standing(runDate, grace)) {
			case IN_GOOD_STANDING -> reasons.add(new Reason(ReasonCode.PAYMENT_PLAN_IN_GOOD_STANDING,
					"instalment plan paid as agreed: " + detail, nextCheck(plan, runDate, grace)));
			case DEFAULTED -> reasons.add(Reason.of(ReasonCode.PAYMENT_PLAN_DEFAULTED,
					"instalment plan defaulted, dunning resumes: " + detail));
			case NONE -> reasons.add(Reason.of(ReasonCode.PAYMENT_PLAN_COMPLETED,
					"instalment plan completed, the rest is chased: " + detail));
		}
	}

	/**
	 * An operator's dispute holds everything until the operator closes it; a promise
	 * holds until its day plus the grace, after which dunning resumes and says so.
	 */
	private void operators(OperatorFollowUp followUp, LocalDate runDate, List<Reason> reasons) {
		if (followUp.disputeOpenedOn() != null) {
			reasons.add(Reason.of(ReasonCode.OPERATOR_DISPUTE, "dispute opened by the establishment on "
					+ followUp.disputeOpenedOn() + ": held until it reports the dispute closed (fin_litige)"));
		}
		PaymentPromise promise = followUp.promise();
		if (promise == null) {
			return;
		}
		int grace = this.settings.promiseGraceDays();
		LocalDate lapses = promise.lapsesOn(grace);
		String detail = "on " + promise.promisedOn() + " the debtor promised " + promise.amount() + " EUR by "
				+ promise.dueOn() + " (grace " + grace + " days)";
		reasons.add(runDate.isBefore(lapses) ? new Reason(ReasonCode.PAYMENT_PROMISED, detail, lapses)
				: Reason.of(ReasonCode.PROMISE_LAPSED, detail + ", lapsed on " + lapses + ": dunning resumes"));
	}

	/**
	 * A case handed to a third party is theirs until they give it back: no reminder
	 * crosses theirs, and no write-off is proposed meanwhile. Once returned, what they
	 * recovered is already a payment and dunning resumes on the rest.
	 */
	private static void handOver(WorklistAnswers answers, List<Reason> reasons) {
		if (answers.withThirdParty()) {
			reasons.add(Reason.of(ReasonCode.HANDED_OVER,
					"handed over to " + answers.handedOverTo() + " on " + answers.handedOverOn()
							+ ": held until the establishment reports it returned (retour_recouvrement)"));
		}
		else if (answers.handedOverOn() != null) {
			reasons.add(Reason.of(ReasonCode.HANDOVER_RETURNED,
					"handed over to " + answers.handedOverTo() + " on " + answers.handedOverOn() + ", returned on "
							+ answers.returnedOn() + ": dunning resumes on the rest"));
		}
	}

	/**
	 * The first letter is what every later contact quotes (CPCE R124-4): when it came
	 * back from the address the debtor still has, no other step replaces it and a person
	 * checks the address. A different address lifts it.
	 */
	private static void firstLetterReturned(CaseSnapshot snapshot, List<Reason> reasons) {
		if (snapshot.firstLetter() == null) {
			return;
		}
		snapshot.validity()
			.returned(snapshot.firstLetter().reference())
			.ifPresent((r) -> reasons.add(Reason.of(ReasonCode.FIRST_LETTER_RETURNED, "first letter " + r.reference()
					+ " came back on " + r.returnedOn()
					+ " from the debtor's address: a person checks it; held until a different address arrives")));
	}

	/** The day the next instalment's grace ends: the plan's standing can change then. */
	private static LocalDate nextCheck(InstalmentPlan plan, LocalDate runDate, int grace) {
		int due = plan.dueBy(runDate, grace);
		return due < plan.instalments() ? plan.dueDate(due).plusDays(grace + 1L) : null;
	}

	private void insurers(CaseSnapshot snapshot, LocalDate runDate, List<Reason> reasons) {
		for (OpenPart part : snapshot.parts()) {
			LocalDate since = part.insurerPendingSince();
			if (since == null) {
				continue;
			}
			long days = daysBetween(since, runDate);
			int window = this.settings.insurerPendingWindowDays();
			// since is the day the part was billed to its payer (B2 lot, else invoice
			// date), not the day we first saw it
			String detail = "insurer part of invoice " + part.invoiceNumber() + " billed on " + since + ", pending "
					+ days + " days (window " + window + ")";
			reasons.add(days < window ? new Reason(ReasonCode.INSURER_PENDING, detail, since.plusDays(window))
					: Reason.of(ReasonCode.INSURER_PENDING_BEYOND_WINDOW, detail));
		}
	}

	private void recentEvents(CaseSnapshot snapshot, LocalDate runDate, List<Reason> reasons) {
		LocalDate paid = snapshot.lastPaymentDate();
		int paymentDays = this.settings.recentPaymentDays();
		if (paid != null && daysBetween(paid, runDate) < paymentDays) {
			reasons.add(new Reason(ReasonCode.RECENT_PAYMENT,
					"payment on " + paid + ", " + daysBetween(paid, runDate) + " days ago (hold " + paymentDays + ")",
					paid.plusDays(paymentDays)));
		}
		LocalDate contacted = null;
		for (ContactEvent contact : snapshot.contacts()) {
			if (contact.origin() != ContactOrigin.ENGINE && (contacted == null || contact.on().isAfter(contacted))) {
				contacted = contact.on();
			}
		}
		int contactDays = this.settings.recentContactDays();
		if (contacted != null && daysBetween(contacted, runDate) < contactDays) {
			reasons.add(new Reason(ReasonCode.RECENT_CONTACT,
					"contact outside the scenario on " + contacted + " (hold " + contactDays + " days)",
					contacted.plusDays(contactDays)));
		}
	}

}
