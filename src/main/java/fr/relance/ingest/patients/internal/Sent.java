package fr.relance.ingest.patients.internal;

/**
 * A field as an HL7 message sends it: left empty (not sent: the known value stays),
 * {@code ""} (the HL7 null: delete the known value), or a value.
 */
record Sent<T>(boolean sent, T value) {

	private static final Sent<?> NOT_SENT = new Sent<>(false, null);

	@SuppressWarnings("unchecked")
	static <T> Sent<T> notSent() {
		return (Sent<T>) NOT_SENT;
	}

	static <T> Sent<T> delete() {
		return new Sent<>(true, null);
	}

	static <T> Sent<T> of(T value) {
		return new Sent<>(true, value);
	}

}
