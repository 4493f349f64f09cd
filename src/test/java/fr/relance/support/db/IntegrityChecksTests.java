package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;

/**
 * A row the dropped foreign keys would have refused is found, named by its check, and
 * quoted by id only.
 */
@EngineTest
class IntegrityChecksTests {

	@Autowired
	IntegrityChecks checks;

	@Autowired
	Jdbi jdbi;

	@Test
	void aPassedOverStepOfACaseThatDoesNotExistFailsItsCheck() {
		jdbi.useHandle(h -> h.execute("INSERT INTO dunning_step_passed (case_id, step_id, run_date) VALUES (?, ?, ?)",
				-987654L, "first-letter", LocalDate.of(2026, 11, 20)));
		try {
			IntegrityChecks.Result result = checks.run()
				.stream()
				.filter(r -> r.name().equals("dunning-rows-case"))
				.findFirst()
				.orElseThrow();

			assertThat(result.passed()).isFalse();
			assertThat(result.examples()).contains("dunning_step_passed -987654/first-letter");
			assertThat(result.rule())
				.startsWith("A dunning action, decision or passed-over step naming no existing case");
		}
		finally {
			jdbi.useHandle(h -> h.execute("DELETE FROM dunning_step_passed WHERE case_id = ?", -987654L));
		}
		assertThat(checks.run()).extracting(IntegrityChecks.Result::name)
			.contains("dunning-case-owner", "dunning-rows-case", "emitted-action-batch",
					"invoice-patient-establishment", "ledger-rows-file", "payment-over-allocated");
	}

}
