package fr.relance.output;

import java.util.List;

/**
 * The output of one establishment's night, all channels together.
 *
 * @param suppressed planned actions not sent because their case closed since
 */
public record EstablishmentOutput(String finess, int suppressed, List<Emission> emissions) {

	public EstablishmentOutput {
		emissions = List.copyOf(emissions);
	}

	public int due() {
		return this.emissions.stream().mapToInt(Emission::due).sum();
	}

	public int emitted() {
		return this.emissions.stream().mapToInt(Emission::emitted).sum();
	}

	public int deferred() {
		return this.emissions.stream().mapToInt(Emission::deferred).sum();
	}

	public List<NotEmitted> notEmitted() {
		return this.emissions.stream().flatMap((e) -> e.notEmitted().stream()).toList();
	}

	public List<String> alerts() {
		return this.emissions.stream().flatMap((e) -> e.alerts().stream()).toList();
	}

	public List<java.nio.file.Path> files() {
		return this.emissions.stream().flatMap((e) -> e.files().stream()).toList();
	}

}
