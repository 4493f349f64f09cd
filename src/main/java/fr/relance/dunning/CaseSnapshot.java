package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the policy needs to know about one case (one patient at one establishment,
 * all open patient parts), as of the run date. Built by the database layer; the policy
 * reads nothing else.
 *
 * @param stepsDone scenario steps already taken or passed over, in any order
 * @param contacts contacts of roughly the last 60 days (older ones do not change any
 * decision)
 * @param lastPaymentDate last patient payment on the case, null if none
 * @param plan the instalment plan running on the run date, null if none
 * @param firstLetter the R124-4 letter once emitted with its reference, else null
 * @param lastLedgerReceived date of the establishment's newest ledger file, null if none
 * was ever received
 * @param followUp the operators' promise and dispute on the case
 * @param validity the debtor's numbers or address known to be wrong
 * @param credit what the establishment owes this patient (over-payments not refunded or
 * netted), zero if nothing
 * @param answers the establishment's answers on the case's worklists (refusal, hand-over,
 * review release)
 */
public record CaseSnapshot(String caseId, String finess, Debtor debtor, List<OpenPart> parts, List<StepDone> stepsDone,
		List<ContactEvent> contacts, LocalDate lastPaymentDate, boolean disputed, InstalmentPlan plan,
		FirstLetter firstLetter, LocalDate lastLedgerReceived, OperatorFollowUp followUp, ContactValidity validity,
		BigDecimal credit, WorklistAnswers answers) {

	public CaseSnapshot {
		parts = List.copyOf(parts);
		stepsDone = List.copyOf(stepsDone);
		contacts = List.copyOf(contacts);
		followUp = followUp == null ? OperatorFollowUp.NONE : followUp;
		validity = validity == null ? ContactValidity.NONE : validity;
		credit = credit == null ? BigDecimal.ZERO.setScale(2) : credit;
		answers = answers == null ? WorklistAnswers.NONE : answers;
	}

	/** A case the establishment has not answered on. */
	public CaseSnapshot(String caseId, String finess, Debtor debtor, List<OpenPart> parts, List<StepDone> stepsDone,
			List<ContactEvent> contacts, LocalDate lastPaymentDate, boolean disputed, InstalmentPlan plan,
			FirstLetter firstLetter, LocalDate lastLedgerReceived, OperatorFollowUp followUp, ContactValidity validity,
			BigDecimal credit) {
		this(caseId, finess, debtor, parts, stepsDone, contacts, lastPaymentDate, disputed, plan, firstLetter,
				lastLedgerReceived, followUp, validity, credit, null);
	}

	/**
	 * A case nothing was reported on by operators, whose contact data is not known to be
	 * wrong.
	 */
	public CaseSnapshot(String caseId, String finess, Debtor debtor, List<OpenPart> parts, List<StepDone> stepsDone,
			List<ContactEvent> contacts, LocalDate lastPaymentDate, boolean disputed, InstalmentPlan plan,
			FirstLetter firstLetter, LocalDate lastLedgerReceived, OperatorFollowUp followUp,
			ContactValidity validity) {
		this(caseId, finess, debtor, parts, stepsDone, contacts, lastPaymentDate, disputed, plan, firstLetter,
				lastLedgerReceived, followUp, validity, null, null);
	}

	/**
	 * A case of a patient the establishment owes {@code credit}, nothing reported by
	 * operators.
	 */
	public CaseSnapshot(String caseId, String finess, Debtor debtor, List<OpenPart> parts, List<StepDone> stepsDone,
			List<ContactEvent> contacts, LocalDate lastPaymentDate, boolean disputed, InstalmentPlan plan,
			FirstLetter firstLetter, LocalDate lastLedgerReceived, BigDecimal credit) {
		this(caseId, finess, debtor, parts, stepsDone, contacts, lastPaymentDate, disputed, plan, firstLetter,
				lastLedgerReceived, null, null, credit, null);
	}

	/**
	 * A case of a patient the establishment owes nothing, nothing reported by operators.
	 */
	public CaseSnapshot(String caseId, String finess, Debtor debtor, List<OpenPart> parts, List<StepDone> stepsDone,
			List<ContactEvent> contacts, LocalDate lastPaymentDate, boolean disputed, InstalmentPlan plan,
			FirstLetter firstLetter, LocalDate lastLedgerReceived) {
		this(caseId, finess, debtor, parts, stepsDone, contacts, lastPaymentDate, disputed, plan, firstLetter,
				lastLedgerReceived, null, null, null, null);
	}

	/** Sum of the open amounts of all parts, scale 2. */
	public BigDecimal balance() {
		return sum(this.parts);
	}

	static BigDecimal sum(List<OpenPart> parts) {
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		for (OpenPart part : parts) {
			sum = sum.add(part.amountOpen());
		}
		return sum;
	}

}
