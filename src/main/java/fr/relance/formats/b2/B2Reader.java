package fr.relance.formats.b2;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Streaming reader of B2 files (docs/formats.md#b2), ISO-8859-1, 128-character records
 * with or without line ends; memory does not grow with the file. Thread-safe: each
 * {@link #open} has its own state.
 */
public final class B2Reader {

	private final B2Options options;

	public B2Reader(B2Options options) {
		this.options = options;
	}

	/** Strict mode, {@code ddMMyy} dates. */
	public B2Reader() {
		this(B2Options.strictDefaults());
	}

	/**
	 * Opens a pull stream of events over {@code in}; closing the stream closes
	 * {@code in}.
	 */
	public B2Stream open(InputStream in) {
		return new B2Stream(in, options);
	}

	/**
	 * Pushes every event to {@code handler} in file order and returns the trailer (with
	 * the lenient-mode warnings). Does not close {@code in}.
	 * @throws B2FormatException when the file is invalid (events already pushed must then
	 * be discarded)
	 */
	public B2Trailer read(InputStream in, Consumer<? super B2Event> handler) {
		B2Stream events = new B2Stream(in, options);
		B2Event last = null;
		while (events.hasNext()) {
			last = events.next();
			handler.accept(last);
		}
		return (B2Trailer) last;
	}

}
