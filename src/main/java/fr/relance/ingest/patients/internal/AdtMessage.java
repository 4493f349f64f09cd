package fr.relance.ingest.patients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the engine keeps of one ADT message. No other identifier than the establishment's
 * own is ever read.
 *
 * @param event the trigger event (A04, A08, A28, A31, A40)
 * @param at when the event happened: EVN-2, else MSH-7; a contact field older than this
 * is replaced
 * @param patientId the patient's identifier under the establishment's assigning authority
 * (PID-3)
 * @param priorPatientId for an A40, the absorbed patient's identifier under that
 * authority (MRG-1), else null
 * @param deceasedOn the date of death (PID-29), null when not sent
 */
record AdtMessage(int number, int line, String event, OffsetDateTime at, String patientId, String priorPatientId,
		Sent<PostalLines> address, Sent<String> phone, Sent<String> mobile, Sent<String> email, Sent<Boolean> deceased,
		LocalDate deceasedOn) {

	boolean merge() {
		return "A40".equals(event);
	}

}
