package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nights the engine ran, read from their run summaries under {@code <out>}: no
 * database needed, so ops can read it while a night runs (the engine home and the
 * database are locked then).
 */
public final class NightHistory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path out;

	public NightHistory(Path out) {
		this.out = out;
	}

	/** The {@code count} latest nights, newest first. */
	public List<NightRecord> latest(int count) {
		return dates().stream()
			.sorted(Comparator.reverseOrder())
			.limit(count)
			.map(this::read)
			.flatMap(Optional::stream)
			.toList();
	}

	/** The latest night whose summary says it completed. */
	public Optional<NightRecord> lastCompleted() {
		return dates().stream()
			.sorted(Comparator.reverseOrder())
			.map(this::read)
			.flatMap(Optional::stream)
			.filter(NightRecord::completed)
			.findFirst();
	}

	private List<LocalDate> dates() {
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(out)) {
			List<LocalDate> dates = new ArrayList<>();
			folders.filter(f -> Files.isRegularFile(f.resolve("run-summary.json"))).forEach(f -> {
				try {
					dates.add(LocalDate.parse(f.getFileName().toString()));
				}
				catch (RuntimeException notANight) {
					// another folder under <out> (letters, reports...): not a night
				}
			});
			return dates;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the outputs folder " + out, e);
		}
	}

	private Optional<NightRecord> read(LocalDate date) {
		Path file = out.resolve(date.toString()).resolve("run-summary.json");
		JsonNode root;
		try {
			root = JSON.readTree(file.toFile());
		}
		catch (RuntimeException unreadable) {
			// a summary being rewritten or damaged: the others still tell the story
			return Optional.empty();
		}
		List<NightRecord.Stage> stages = new ArrayList<>();
		List<String> alerts = new ArrayList<>();
		BigDecimal seconds = BigDecimal.ZERO;
		for (JsonNode stage : root.path("stages")) {
			Map<String, Long> figures = new LinkedHashMap<>();
			stage.path("figures").properties().forEach(e -> figures.put(e.getKey(), e.getValue().asLong()));
			BigDecimal stageSeconds = new BigDecimal(stage.path("seconds").asString("0"));
			seconds = seconds.add(stageSeconds);
			stages.add(new NightRecord.Stage(stage.path("stage").asString(), stage.path("status").asString(),
					stage.path("read").asLong(), stage.path("written").asLong(), stage.path("rejected").asLong(),
					stageSeconds, figures));
			stage.path("alerts").forEach(a -> alerts.add(stage.path("stage").asString() + ": " + a.asString()));
		}
		List<String> unfinished = new ArrayList<>();
		for (JsonNode establishment : root.path("establishments")) {
			String status = establishment.path("status").asString();
			if (!"COMPLETED".equals(status)) {
				String stoppedAt = "";
				for (JsonNode stage : establishment.path("stages")) {
					if (stoppedAt.isEmpty() && !"COMPLETED".equals(stage.path("status").asString())) {
						stoppedAt = stage.path("stage").asString();
					}
				}
				unfinished.add(establishment.path("finess").asString() + " " + status
						+ (stoppedAt.isEmpty() ? "" : " at " + stoppedAt));
			}
		}
		return Optional.of(new NightRecord(date, root.path("status").asString(), root.path("attempt").asInt(), seconds,
				stages, alerts, unfinished));
	}

}
