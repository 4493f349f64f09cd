package fr.relance.ingest.patients.internal;

/**
 * A message that cannot be applied, with where in it: segment and field in HL7 notation
 * ({@code PID-29}), the offending value already masked, and a French explanation for the
 * establishment.
 */
final class AdtMessageException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int segmentIndex;

	private final String field;

	private final String maskedValue;

	private final AdtProblem problem;

	private final String messageFr;

	AdtMessageException(int segmentIndex, String field, String maskedValue, AdtProblem problem, String messageFr) {
		super(problem + " at " + field, null, false, false);
		this.segmentIndex = segmentIndex;
		this.field = field;
		this.maskedValue = maskedValue;
		this.problem = problem;
		this.messageFr = messageFr;
	}

	int segmentIndex() {
		return segmentIndex;
	}

	String field() {
		return field;
	}

	String maskedValue() {
		return maskedValue;
	}

	AdtProblem problem() {
		return problem;
	}

	String messageFr() {
		return messageFr;
	}

}
