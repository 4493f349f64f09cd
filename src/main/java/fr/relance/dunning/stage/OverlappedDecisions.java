package fr.relance.dunning.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.relance.dunning.CaseSnapshot;
import fr.relance.dunning.DunningDecision;
import fr.relance.dunning.stage.internal.DecisionRows;
import fr.relance.support.db.BinaryRows;

/**
 * Decides on a second thread while the connection's thread fetches the next snapshots and
 * copies the finished rows: PostgreSQL producing rows and Java deciding them then overlap
 * instead of taking turns. Only the connection's thread touches the connection; the
 * decider only builds rows in memory.
 */
final class OverlappedDecisions implements Consumer<CaseSnapshot>, AutoCloseable {

	private static final int BATCH = 1_000;

	private static final List<CaseSnapshot> END = List.of();

	private final BlockingQueue<List<CaseSnapshot>> toDecide = new ArrayBlockingQueue<>(8);

	private final BlockingQueue<BinaryRows> toCopy = new ArrayBlockingQueue<>(4);

	private final ExecutorService decider = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "dunning-decider");
		thread.setDaemon(true);
		return thread;
	});

	private final DecisionRows copy;

	private final Future<?> work;

	private List<CaseSnapshot> batch = new ArrayList<>(BATCH);

	OverlappedDecisions(DecisionRows copy, Function<CaseSnapshot, DunningDecision> policy) {
		this.copy = copy;
		this.work = this.decider.submit(() -> decideAll(policy));
	}

	@Override
	public void accept(CaseSnapshot snapshot) {
		this.batch.add(snapshot);
		if (this.batch.size() == BATCH) {
			hand(this.batch);
			this.batch = new ArrayList<>(BATCH);
		}
		BinaryRows rows = this.toCopy.poll();
		if (rows != null) {
			this.copy.send(rows);
		}
	}

	/**
	 * Hands over the last batch and copies every remaining row; returns when all are in
	 * the working table.
	 */
	void finish() {
		hand(this.batch);
		hand(END);
		while (!this.work.isDone() || !this.toCopy.isEmpty()) {
			BinaryRows rows = take();
			if (rows != null) {
				this.copy.send(rows);
			}
		}
		failure();
	}

	@Override
	public void close() {
		this.work.cancel(true);
		this.decider.shutdownNow();
		this.copy.close();
	}

	private Void decideAll(Function<CaseSnapshot, DunningDecision> policy) throws InterruptedException {
		BinaryRows rows = this.copy.buffer();
		for (List<CaseSnapshot> next = this.toDecide.take(); next != END; next = this.toDecide.take()) {
			for (CaseSnapshot snapshot : next) {
				this.copy.append(rows, policy.apply(snapshot), snapshot.parts().size());
			}
			if (DecisionRows.full(rows)) {
				this.toCopy.put(rows);
				rows = this.copy.buffer();
			}
		}
		this.toCopy.put(rows);
		return null;
	}

	private void hand(List<CaseSnapshot> snapshots) {
		try {
			while (!this.toDecide.offer(snapshots, 100, TimeUnit.MILLISECONDS)) {
				failure();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while deciding", e);
		}
	}

	private BinaryRows take() {
		try {
			return this.toCopy.poll(100, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while deciding", e);
		}
	}

	/** Rethrows the decider's failure, if it failed. */
	private void failure() {
		if (!this.work.isDone()) {
			return;
		}
		try {
			this.work.get();
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while deciding", e);
		}
	}

}
