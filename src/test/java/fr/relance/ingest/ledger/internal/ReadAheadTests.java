package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ReadAheadTests {

	@Test
	void handsTheWorkedBatchesOverInReadingOrder() {
		List<Integer> seen = new ArrayList<>();
		long read = new ReadAhead<Integer, List<Integer>>(3).run(ReadAheadTests::count, batch -> {
			LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000)); // workers
																					// finish
																					// out
																					// of
																					// order
			return batch.stream().map(i -> -i).toList();
		}, seen::addAll);

		assertThat(read).isEqualTo(10_000);
		assertThat(seen).hasSize(10_000);
		for (int i = 0; i < seen.size(); i++) {
			assertThat(seen.get(i)).isEqualTo(-i);
		}
	}

	@Test
	void aFailureOfTheWorkOrOfTheReaderReachesTheCaller() {
		assertThatThrownBy(() -> new ReadAhead<Integer, Integer>(2).run(ReadAheadTests::count, batch -> {
			if (batch.contains(5000)) {
				throw new IllegalArgumentException("line 5000 is unreadable");
			}
			return batch.size();
		}, size -> {
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("line 5000 is unreadable");

		assertThatThrownBy(() -> new ReadAhead<Integer, Integer>(2).run(sink -> {
			count(sink);
			throw new IllegalStateException("the file ends in a quoted field");
		}, List::size, size -> {
		})).isInstanceOf(IllegalStateException.class).hasMessage("the file ends in a quoted field");
	}

	private static long count(Consumer<Integer> sink) {
		for (int i = 0; i < 10_000; i++) {
			sink.accept(i);
		}
		return 10_000;
	}

}
