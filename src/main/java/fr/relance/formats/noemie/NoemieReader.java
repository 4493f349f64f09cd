package fr.relance.formats.noemie;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Streaming reader of NOEMIE return files (docs/formats.md#noemie). Reads ISO-8859-1 from
 * an {@link InputStream} through a fixed-size buffer, so a file of hundreds of megabytes
 * costs no more memory than a small one. Thread-safe: each {@link #open} has its own
 * state.
 *
 * <pre>{@code
 * try (NoemieStream events = reader.open(in)) {
 *     while (events.hasNext()) { stage(events.next()); }
 * }   // a NoemieFormatException anywhere: quarantine the file, publish nothing
 * }</pre>
 */
public final class NoemieReader {

	private final NoemieOptions options;

	public NoemieReader(NoemieOptions options) {
		this.options = options;
	}

	/** Default options: physical records, {@code yyMMdd} dates. */
	public NoemieReader() {
		this(NoemieOptions.defaults());
	}

	/**
	 * Opens a pull stream of events over {@code in}; closing the stream closes
	 * {@code in}.
	 */
	public NoemieStream open(InputStream in) {
		return new NoemieStream(in, options);
	}

	/**
	 * Pushes every event to {@code handler}, in file order, and returns the trailer once
	 * every check passed. Does not close {@code in}.
	 * @throws NoemieFormatException when the file is invalid (events already pushed must
	 * then be discarded)
	 */
	public NoemieTrailer read(InputStream in, Consumer<? super NoemieEvent> handler) {
		NoemieStream events = new NoemieStream(in, options);
		NoemieEvent last = null;
		while (events.hasNext()) {
			last = events.next();
			handler.accept(last);
		}
		return (NoemieTrailer) last;
	}

}
