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
 * @param planReference the plan a signature or an end names; null when the line names none
 */
record FollowUpLine(long line, String patientId, LocalDate on, FollowUpEvent event, ContactChannel channel,
		boolean fromPatient, PlanTerms plan, String planReference) {

	/** The schedule of a signed plan: {@code count} instalments of {@code instalment}, monthly from {@code firstDue}. */
	record PlanTerms(BigDecimal instalment, int count, LocalDate firstDue) {
	}

}
