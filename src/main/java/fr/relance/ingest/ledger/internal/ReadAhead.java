package fr.relance.ingest.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads on its own thread, works on what it read in batches on a few worker threads, and
 * hands the results to the caller's thread in the order read: decoding the CSV, parsing
 * the lines and sorting them then keep both cores of a small server busy, and the caller
 * sees the lines in file order (duplicates, a patient's latest line). Memory stays
 * bounded by a few batches in flight. A failure anywhere stops everything and is thrown
 * to the caller.
 *
 * @param <T> what the reader reads (raw lines)
 * @param <R> what the work makes of a batch of them (parsed lines)
 */
final class ReadAhead<T, R> {

	private static final int BATCH = 1024;

	private static final CompletableFuture<Object> END = CompletableFuture.completedFuture(null);

	private final int workers;

	private final BlockingQueue<CompletableFuture<?>> queue;

	private volatile Throwable readerFailure;

	private long count;

	ReadAhead(int workers) {
		this.workers = workers;
		this.queue = new ArrayBlockingQueue<>(4 * workers);
	}

	/** Workers for this machine: one per core. */
	static <T, R> ReadAhead<T, R> forThisMachine() {
		return new ReadAhead<>(Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * Reads with {@code reader} (which feeds its sink and returns a count), applies
	 * {@code work} to each batch on the workers, and passes each result to {@code sink}
	 * in order; returns the reader's count.
	 */
	long run(ToLongFunction<Consumer<T>> reader, Function<List<T>, R> work, Consumer<R> sink) {
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> daemon(runnable, "ledger-parse"));
		Thread thread = daemon(() -> read(reader, work, pool), "ledger-read-ahead");
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
			pool.shutdownNow();
		}
		if (readerFailure != null) {
			throw rethrow(readerFailure);
		}
		return count;
	}

	private void read(ToLongFunction<Consumer<T>> reader, Function<List<T>, R> work, ExecutorService pool) {
		Batcher batcher = new Batcher(work, pool);
		try {
			count = reader.applyAsLong(batcher);
			batcher.submit();
		}
		catch (RuntimeException | Error e) {
			readerFailure = e;
		}
		finally {
			offerEnd();
		}
	}

	/**
	 * Collects the reader's items and submits them a batch at a time, queueing the
	 * results in reading order.
	 */
	private final class Batcher implements Consumer<T> {

		private final Function<List<T>, R> work;

		private final ExecutorService pool;

		private List<T> batch = new ArrayList<>(BATCH);

		Batcher(Function<List<T>, R> work, ExecutorService pool) {
			this.work = work;
			this.pool = pool;
		}

		@Override
		public void accept(T item) {
			batch.add(item);
			if (batch.size() == BATCH) {
				submit();
			}
		}

		void submit() {
			if (batch.isEmpty()) {
				return;
			}
			List<T> full = batch;
			batch = new ArrayList<>(BATCH);
			put(CompletableFuture.supplyAsync(() -> work.apply(full), pool));
		}

	}

	@SuppressWarnings("unchecked")
	private void drain(Consumer<R> sink) {
		while (true) {
			CompletableFuture<?> next = take();
			if (next == END) {
				return;
			}
			try {
				sink.accept((R) next.join());
			}
			catch (CompletionException e) {
				throw rethrow(e.getCause());
			}
		}
	}

	private void put(CompletableFuture<?> result) {
		try {
			queue.put(result);
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
			Thread.currentThread().interrupt(); // the consumer failed and is not
												// listening any more
		}
	}

	private CompletableFuture<?> take() {
		try {
			return queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the ledger", e);
		}
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
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
