package fr.relance.ingest.amc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.support.config.RelanceProperties;

/**
 * The mutuelle statement profiles of {@code <jobs>/profiles/amc/*.yml}, read and
 * validated at start-up. They sit in their own folder because every file of
 * {@code <jobs>/profiles} is a ledger profile.
 */
@Component
class AmcProfiles {

	private final List<AmcStatementProfile> profiles;

	@Autowired
	AmcProfiles(RelanceProperties properties) {
		this(properties.jobs().resolve("profiles").resolve("amc"));
	}

	AmcProfiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			this.profiles = List.of();
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			this.profiles = files.filter(f -> f.getFileName().toString().endsWith(".yml"))
				.sorted()
				.map(AmcProfileReader::read)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the statement profiles in " + directory, e);
		}
	}

	/**
	 * The first profile whose columns all appear in the header line of the file (first
	 * line of its head).
	 */
	Optional<AmcStatementProfile> recognise(byte[] head) {
		for (AmcStatementProfile profile : profiles) {
			String text = new String(head, profile.charset());
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			int end = text.indexOf('\n');
			if (end < 0) {
				continue;
			}
			String line = text.substring(0, end).replace("\r", "");
			String separator = java.util.regex.Pattern.quote(String.valueOf(profile.separator()));
			if (profile.recognises(Arrays.asList(line.split(separator, -1)))) {
				return Optional.of(profile);
			}
		}
		return Optional.empty();
	}

	List<AmcStatementProfile> all() {
		return profiles;
	}

}
