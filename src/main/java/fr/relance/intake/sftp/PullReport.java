package fr.relance.intake.sftp;

import java.util.List;
import java.util.Optional;

/**
 * What one pull from an establishment's remote server did. A pull that could not reach or
 * read the remote is not an exception: intake goes on with what is already in
 * {@code in/}, and reports the {@link #error()}.
 *
 * @param finess establishment pulled for
 * @param configured false when the establishment has no {@code sftp.pull} section (then
 * nothing else is set)
 * @param pulled files delivered to {@code in/} by this pull, including those a previous
 * interrupted pull had recorded but not yet delivered
 * @param alreadyPulled remote files whose bytes had already been pulled: not delivered
 * again, deleted remotely
 * @param skipped remote files left where they are this time, each with its reason
 * ({@code "name: reason"})
 * @param error why the pull stopped early, if it did (connection, authentication, host
 * key, listing)
 */
public record PullReport(String finess, boolean configured, List<PulledFile> pulled, List<String> alreadyPulled,
		List<String> skipped, Optional<String> error) {

	public PullReport {
		pulled = List.copyOf(pulled);
		alreadyPulled = List.copyOf(alreadyPulled);
		skipped = List.copyOf(skipped);
	}

	static PullReport notConfigured(String finess) {
		return new PullReport(finess, false, List.of(), List.of(), List.of(), Optional.empty());
	}

	public boolean failed() {
		return error.isPresent();
	}

}
