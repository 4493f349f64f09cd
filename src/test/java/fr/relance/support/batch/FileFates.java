package fr.relance.support.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a night did with each file, read from its run summary as ops read it:
 * {@code FINESS/name} to its status, or to {@code refused CODE} for a file refused or
 * quarantined.
 */
public final class FileFates {

	private FileFates() {
	}

	public static Map<String, String> of(Path runSummary) {
		return of(JsonMapper.builder().build().readTree(runSummary.toFile()).get("files"));
	}

	public static Map<String, String> of(JsonNode files) {
		Map<String, String> fates = new TreeMap<>();
		for (JsonNode f : files) {
			String status = f.get("status").asString();
			fates.put(f.get("finess").asString() + "/" + f.get("name").asString(),
					"refused".equals(status) || "quarantined".equals(status)
							? "refused " + f.get("reasonCode").asString() : status);
		}
		return fates;
	}

}
