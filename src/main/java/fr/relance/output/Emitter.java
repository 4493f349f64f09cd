package fr.relance.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;

/**
 * One output channel of the stage. The stage hands it the establishment's due actions of
 * its channels (planned on this night or an earlier one, case still open, highest
 * expected value first); the emitter renders them and publishes every batch file through
 * the {@link EmissionProtocol}, which alone marks actions emitted.
 */
public interface Emitter {

	/** The channels of the dunning actions this emitter sends. */
	Set<Channel> channels();

	Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol);

}
