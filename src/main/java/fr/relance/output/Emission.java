package fr.relance.output;

import java.nio.file.Path;
import java.util.List;

/**
 * What one emitter did for one establishment and night.
 *
 * @param due actions waiting to go out (before any cap)
 * @param emitted actions emitted tonight (including those of parts registered by an earlier attempt of the night)
 * @param deferred actions left planned for the next nights by the establishment's cap
 * @param notEmitted actions that could not be rendered, with the reason
 * @param files the batch files of the night
 * @param alerts what ops must act on although the emission went through (e.g. files not delivered to a provider)
 */
public record Emission(int due, int emitted, int deferred, List<NotEmitted> notEmitted, List<Path> files,
		List<String> alerts) {

	public Emission {
		notEmitted = List.copyOf(notEmitted);
		files = List.copyOf(files);
		alerts = List.copyOf(alerts);
	}

}
