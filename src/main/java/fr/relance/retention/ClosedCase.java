package fr.relance.retention;

import java.time.LocalDate;

/**
 * A patient whose case is closed and quiet: their personal data are erased by the night's
 * retention stage.
 *
 * @param patientId the patient's row, which stays (amounts, actions and decisions point
 * to it)
 * @param finess the establishment
 * @param maskedId the establishment's patient identifier (IPP) as ops may see it: its
 * last characters only
 * @param lastActivity the last day something happened on the case (invoice line, payment,
 * decision, letter, answer)
 */
public record ClosedCase(long patientId, String finess, String maskedId, LocalDate lastActivity) {

	/**
	 * As ops see it in the dry run and {@code retention-deleted.csv}:
	 * {@code <FINESS>/<masked IPP>}, never a name.
	 */
	public String shown() {
		return this.finess + "/" + this.maskedId;
	}

}
