package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;

/**
 * Between two stages, a table that grew much since its last analysis is analysed (the
 * planner then sees its real size); a table that barely changed is not, and one another
 * session is analysing is left to it without waiting. The probe table is kept out of
 * autovacuum's way, so that only the engine analyses it here.
 */
@EngineTest
class FreshStatisticsTests {

	private static final String TABLE = "fresh_statistics_probe";

	private static final String CREATE = "CREATE TABLE " + TABLE
			+ " (id BIGINT, amount NUMERIC(12, 2)) WITH (autovacuum_enabled = false)";

	@Autowired
	Jdbi jdbi;

	@Autowired
	FreshStatistics statistics;

	@AfterEach
	void drop() {
		jdbi.useHandle((h) -> h.execute("DROP TABLE IF EXISTS " + TABLE));
	}

	@Test
	void aTableThatGrewMuchIsAnalysedOnceAndASmallChangeWaits() {
		jdbi.useHandle((h) -> {
			h.execute(CREATE);
			grow(h, 5_000);
		});

		assertThat(statistics.refresh()).contains(TABLE);
		assertThat(rowsPlannerSees()).isEqualTo(5_000);
		assertThat(statistics.refresh()).doesNotContain(TABLE);

		jdbi.useHandle((h) -> grow(h, 400));
		assertThat(statistics.refresh()).doesNotContain(TABLE);
		assertThat(rowsPlannerSees()).isEqualTo(5_000);
	}

	@Test
	void aTableAnotherSessionIsAnalysingIsLeftToIt() {
		jdbi.useHandle((h) -> {
			h.execute(CREATE);
			grow(h, 3_000);
		});
		try (Handle other = jdbi.open()) {
			other.begin();
			// the lock an ANALYZE holds until its transaction ends
			other.execute("LOCK TABLE " + TABLE + " IN SHARE UPDATE EXCLUSIVE MODE");

			long start = System.nanoTime();
			statistics.refresh();
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds waited").isLessThan(30_000);
			other.rollback();
		}
		assertThat(rowsPlannerSees()).as("never analysed").isEqualTo(-1);
		assertThat(statistics.refresh()).contains(TABLE);
		assertThat(rowsPlannerSees()).isEqualTo(3_000);
	}

	/** Inserts rows and makes the session's counters visible to the others at once. */
	private static void grow(Handle h, int rows) {
		h.execute("INSERT INTO " + TABLE + " SELECT g, g / 100.0 FROM generate_series(1, " + rows + ") g");
		h.execute("SELECT pg_stat_force_next_flush()");
	}

	private long rowsPlannerSees() {
		return jdbi.withHandle((h) -> h.createQuery("SELECT reltuples::bigint FROM pg_class WHERE relname = :t")
			.bind("t", TABLE)
			.mapTo(Long.class)
			.one());
	}

}
