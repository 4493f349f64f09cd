package fr.relance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One measured night of the whole-night benchmark: its stages as its run summary states
 * them, the wall time around the command, the memory peaks, and the anchors.
 *
 * @param night {@code first} or {@code next}
 * @param wallSeconds the {@code nightly} command from start to exit
 * @param stages the run summary's stages, in pipeline order
 * @param heapUsedMb peak of the JVM heap in use, garbage included
 * @param heapLiveMb peak of the heap left after a collection
 * @param postgresMb peak proportional memory of the PostgreSQL server
 */
record NightFigures(String night, String date, String status, double wallSeconds, List<Stage> stages, long heapUsedMb,
		long heapLiveMb, long postgresMb) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One stage: its items (what it read, or wrote when it reads nothing), its seconds
	 * summed over the establishments, and the floor it is compared with, if any.
	 */
	record Stage(String stage, long read, long written, double seconds, String anchor, double anchorSeconds) {

		long items() {
			return this.read > 0 ? this.read : this.written;
		}

		double itemsPerSecond() {
			return this.seconds > 0 ? items() / this.seconds : 0;
		}

		/** Engine seconds over anchor seconds; 0 without an anchor. */
		double ratio() {
			return this.anchorSeconds > 0 ? this.seconds / this.anchorSeconds : 0;
		}

		Stage withAnchor(String name, double value) {
			return new Stage(this.stage, this.read, this.written, this.seconds, name, value);
		}

	}

	/** The stages of {@code <out>/<date>/run-summary.json}. */
	static List<Stage> stagesOf(Path runSummary) throws IOException {
		JsonNode summary = JSON.readTree(runSummary.toFile());
		List<Stage> stages = new ArrayList<>();
		for (JsonNode s : summary.get("stages")) {
			stages.add(new Stage(s.get("stage").asString(), s.get("read").asLong(), s.get("written").asLong(),
					s.get("seconds").asDouble(), "", 0));
		}
		return stages;
	}

	static String statusOf(Path runSummary) throws IOException {
		return JSON.readTree(runSummary.toFile()).get("status").asString();
	}

	/**
	 * The stages' seconds added up (more than the wall time when establishments overlap).
	 */
	double stageSeconds() {
		return this.stages.stream().mapToDouble(Stage::seconds).sum();
	}

	/**
	 * The part of the wall time a stage took: its seconds summed over the establishments,
	 * divided by the {@link #overlap()}. With establishments in parallel the stages
	 * overlap, so this is how a target in wall seconds is read.
	 */
	double wallShare(Stage stage) {
		return stage.seconds() / overlap();
	}

	/**
	 * How many stages ran at once on average: the stages' seconds over the wall time, at
	 * least 1 (a small night spends most of its wall time starting up, in no stage).
	 */
	double overlap() {
		return Math.max(1, stageSeconds() / this.wallSeconds);
	}

	/** The wall time without the output stage (letters, SMS, e-mail, worklists). */
	double wallSecondsWithoutOutput() {
		return this.wallSeconds
				- this.stages.stream().filter(s -> s.stage().equals("output")).mapToDouble(this::wallShare).sum();
	}

	Stage stage(String name) {
		return this.stages.stream().filter(s -> s.stage().equals(name)).findFirst().orElse(null);
	}

	NightFigures withStages(List<Stage> value) {
		return new NightFigures(this.night, this.date, this.status, this.wallSeconds, value, this.heapUsedMb,
				this.heapLiveMb, this.postgresMb);
	}

}
