package fr.relance.ingest;

import java.util.List;

import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;

/**
 * The whole file is refused (wrong header, wrong charset, failed control totals, too many
 * bad rows): nothing of it is applied and it goes to the quarantine. {@code examples} are
 * reported to the establishment to help fix it.
 */
public class FileRefusedException extends RuntimeException {

	private final Refusal refusal;

	private final List<ReportedError> examples;

	public FileRefusedException(Refusal refusal, List<ReportedError> examples) {
		super(refusal.code() + ": " + refusal.messageFr());
		this.refusal = refusal;
		this.examples = List.copyOf(examples);
	}

	public FileRefusedException(Refusal refusal) {
		this(refusal, List.of());
	}

	public Refusal refusal() {
		return refusal;
	}

	public List<ReportedError> examples() {
		return examples;
	}

}
