package fr.relance.formats.fixedwidth;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The pull side of a streaming reader: {@link #next()} reads just enough of the file to
 * complete the next event. A subclass reads in {@link #advance()}, hands complete events
 * to {@link #emit}, and calls {@link #finish()} at the end of the file or {@link #fail()}
 * before throwing its own format exception. Closing closes the input.
 */
public abstract class PulledEvents<E> implements Iterator<E>, Closeable {

	private final InputStream input;

	private final String what;

	private final ArrayDeque<E> ready = new ArrayDeque<>();

	private boolean finished;

	protected PulledEvents(InputStream input, String what) {
		this.input = input;
		this.what = what;
	}

	/** Reads until at least one event is ready or the file is finished (or throws). */
	protected abstract void advance();

	protected final void emit(E event) {
		ready.add(event);
	}

	protected final void finish() {
		finished = true;
	}

	/**
	 * After a format error: nothing more is delivered, not even events already assembled.
	 */
	protected final void fail() {
		finished = true;
		ready.clear();
	}

	@Override
	public final boolean hasNext() {
		while (ready.isEmpty() && !finished) {
			advance();
		}
		return !ready.isEmpty();
	}

	@Override
	public final E next() {
		if (!hasNext()) {
			throw new NoSuchElementException("no more " + what + " events");
		}
		return ready.poll();
	}

	@Override
	public void close() throws IOException {
		finished = true;
		input.close();
	}

}
