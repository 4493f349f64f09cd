package fr.relance.ingest.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Runs a reader on its own thread, handing what it reads to the caller's thread in batches, in order: decoding and
 * splitting the CSV then overlaps parsing and staging (the two cores of a small server both work). Memory stays
 * bounded by a few batches in flight. A failure on either side stops both and is thrown to the caller.
 */
final class ReadAhead<T> {

	private static final int BATCH = 1024;

	private static final int BATCHES_IN_FLIGHT = 8;

	private static final List<Object> END = List.of();

	private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);

	private volatile Throwable readerFailure;

	private long count;

	/** Reads with {@code reader} (which feeds its sink and returns a count) and passes every item to {@code sink}. */
	long run(ToLongFunction<Consumer<T>> reader, Consumer<T> sink) {
		Thread thread = new Thread(() -> read(reader), "ledger-read-ahead");
		thread.setDaemon(true);
		thread.start();
		try {
			drain(sink);
		}
		catch (RuntimeException | Error e) {
			thread.interrupt();
			throw e;
		}
		finally {
			join(thread);
		}
		if (readerFailure != null) {
			throw rethrow(readerFailure);
		}
		return count;
	}

	private void read(ToLongFunction<Consumer<T>> reader) {
		Batcher batcher = new Batcher();
		try {
			count = reader.applyAsLong(batcher);
			put(batcher.batch);
		}
		catch (RuntimeException | Error e) {
			readerFailure = e;
		}
		finally {
			offerEnd();
		}
	}

	/** Collects the reader's items and hands them over a batch at a time. */
	private final class Batcher implements Consumer<T> {

		private List<T> batch = new ArrayList<>(BATCH);

		@Override
		public void accept(T item) {
			batch.add(item);
			if (batch.size() == BATCH) {
				put(batch);
				batch = new ArrayList<>(BATCH);
			}
		}

	}

	@SuppressWarnings("unchecked")
	private void drain(Consumer<T> sink) {
		while (true) {
			List<?> batch = take();
			if (batch == END) {
				return;
			}
			for (Object item : batch) {
				sink.accept((T) item);
			}
		}
	}

	private void put(List<?> batch) {
		try {
			queue.put(batch);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("ledger reading stopped", e);
		}
	}

	private void offerEnd() {
		try {
			queue.put(END);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt(); // the consumer failed and is not listening any more
		}
	}

	private List<?> take() {
		try {
			return queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the ledger", e);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static RuntimeException rethrow(Throwable failure) {
		if (failure instanceof Error error) {
			throw error;
		}
		return (RuntimeException) failure;
	}

}
