package fr.relance.samples;

import java.time.LocalDate;
import java.util.Set;

/**
 * A fictitious patient of one establishment. {@code phone}, {@code email} and
 * {@code amcOrganisation} are empty when the patient has none; {@code flags} holds only
 * patient flags (deceased, guardianship, SMS opt-out).
 */
public record SamplePatient(String id, String lastName, String firstName, SampleAddress address, String phone,
		String email, LocalDate birthDate, String amcOrganisation, Set<LedgerFlag> flags) {

	public SamplePatient {
		flags = Set.copyOf(flags);
	}

}
