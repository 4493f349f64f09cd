package fr.relance.ingest.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import fr.relance.support.config.RelanceProperties;

/**
 * The payment-page export profiles of {@code <jobs>/profiles/payments}, read and
 * validated at start-up.
 */
@Component
public class PaymentPageProfiles {

	private final List<PaymentPageProfile> profiles;

	PaymentPageProfiles(RelanceProperties properties) {
		Path directory = properties.jobs().resolve("profiles").resolve("payments");
		if (!Files.isDirectory(directory)) {
			this.profiles = List.of();
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			this.profiles = files.filter(f -> f.getFileName().toString().endsWith(".yml"))
				.sorted()
				.map(PaymentPageProfile::read)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + directory, e);
		}
	}

	public List<PaymentPageProfile> all() {
		return profiles;
	}

	/** The profile whose columns a header line names, if any. */
	public Optional<PaymentPageProfile> matching(String headerLine) {
		String header = headerLine == null ? "" : headerLine.replace("\uFEFF", "");
		return profiles.stream()
			.filter(p -> Arrays.stream(header.split(Pattern.quote(p.separator())))
				.map(h -> h.strip().replace("\"", ""))
				.toList()
				.containsAll(p.columns().values()))
			.findFirst();
	}

}
