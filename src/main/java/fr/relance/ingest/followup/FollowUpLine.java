package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One valid line of a follow-up file.
 *
 * @param line line number in the file (the header is line 1)
 * @param patientId the establishment's patient id (IPP)
 * @param on the day of the event
 * @param channel for a contact: how it took place; null otherwise
 * @param fromPatient for a contact: the patient initiated it
 * @param plan for a signed plan: its terms; null otherwise
 * @param planReference the plan a signature or an end names; null when the line names
 * none
 * @param outcome for a promise or a wrong number: what the operator noted; null otherwise
 * @param answer for an answer to a worklist: what the staff added to it; null otherwise
 */
record FollowUpLine(long line, String patientId, LocalDate on, FollowUpEvent event, ContactChannel channel,
		boolean fromPatient, PlanTerms plan, String planReference, OutcomeTerms outcome, AnswerTerms answer) {

	FollowUpLine(long line, String patientId, LocalDate on, FollowUpEvent event, ContactChannel channel,
			boolean fromPatient, PlanTerms plan, String planReference, OutcomeTerms outcome) {
		this(line, patientId, on, event, channel, fromPatient, plan, planReference, outcome, null);
	}

	FollowUpLine(long line, String patientId, LocalDate on, FollowUpEvent event, ContactChannel channel,
			boolean fromPatient, PlanTerms plan, String planReference) {
		this(line, patientId, on, event, channel, fromPatient, plan, planReference, null);
	}

	/**
	 * The schedule of a signed plan: {@code count} instalments of {@code instalment} from
	 * {@code firstDue}, one every {@code periodMonths} months.
	 */
	record PlanTerms(BigDecimal instalment, int count, LocalDate firstDue, int periodMonths) {
	}

	/**
	 * What an operator's call brought.
	 *
	 * @param promisedBy for a promise: the day the patient will have paid by
	 * @param amount for a promise: the amount promised
	 * @param number for a wrong number: the number named on the line, as written; null
	 * for the patient's own
	 */
	record OutcomeTerms(LocalDate promisedBy, BigDecimal amount, String number) {
	}

	/**
	 * What an answer to a worklist carries besides its case number.
	 *
	 * @param thirdParty for a hand-over done: to whom the case was handed
	 * @param recovered for a hand-over returned: what the third party recovered, zero or
	 * more
	 * @param address for a review released: the corrected postal address, null when none
	 * was given
	 * @param phone for a review released: the corrected telephone number as written, null
	 * when none was given
	 */
	record AnswerTerms(String thirdParty, BigDecimal recovered, CorrectedAddress address, String phone) {

		static final AnswerTerms NONE = new AnswerTerms(null, null, null, null);

	}

	/**
	 * A French postal address the staff corrected: street line, optional second line,
	 * postcode and city.
	 */
	record CorrectedAddress(String line1, String line2, String postcode, String city) {
	}

}
