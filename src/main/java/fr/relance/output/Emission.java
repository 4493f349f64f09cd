package fr.relance.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one emitter did for one establishment and night.
 *
 * @param due actions waiting to go out (before any cap)
 * @param emitted actions emitted tonight (including those of parts registered by an
 * earlier attempt of the night)
 * @param deferred actions left planned for the next nights by the establishment's cap
 * @param notEmitted actions that could not be rendered, with the reason
 * @param files the batch files of the night
 * @param alerts what ops must act on although the emission went through (e.g. files not
 * delivered to a provider)
 * @param figures the channel's totals of the night for the run summary (e.g. SMS segments
 * and cost), every attempt of the night included: standing counts, not increments
 */
public record Emission(int due, int emitted, int deferred, List<NotEmitted> notEmitted, List<Path> files,
		List<String> alerts, Map<String, Long> figures) {

	public Emission {
		notEmitted = List.copyOf(notEmitted);
		files = List.copyOf(files);
		alerts = List.copyOf(alerts);
		figures = Map.copyOf(figures);
	}

	/** An emission with no figures of its own. */
	public Emission(int due, int emitted, int deferred, List<NotEmitted> notEmitted, List<Path> files,
			List<String> alerts) {
		this(due, emitted, deferred, notEmitted, files, alerts, Map.of());
	}

}
