package fr.relance.output;

import java.time.LocalDate;

import fr.relance.establishment.Establishment;

/**
 * A worklist the output stage rewrites whole every night for each establishment, after
 * its emitters (such as the cases waiting for a person): it emits no action, so it needs
 * no exactly-once protocol; a rerun writes it again.
 */
public interface StandingList {

	/** Writes the establishment's list for the night; returns its rows. */
	long write(Establishment establishment, LocalDate night);

}
