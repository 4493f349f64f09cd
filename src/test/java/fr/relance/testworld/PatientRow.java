package fr.relance.testworld;

import java.time.LocalDate;

/** The columns of a patient row a test may choose. */
public record PatientRow(String externalId, String lastName, String firstName, String street, String postcode,
		String city, String phone, LocalDate birthDate, LocalDate updatedOn) {
}
