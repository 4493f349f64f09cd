package fr.relance.scheduling;

import static fr.relance.TestFiles.copyTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.intake.DropZone;
import fr.relance.support.batch.EstablishmentLine;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.config.RelanceProperties;

/**
 * One establishment's broken night does not stop the others: the sample clinic's letters
 * go out while the sample hospital's ledger cannot be imported; the night ends failed
 * naming the hospital; once the cause is fixed, running the same date again runs the
 * hospital's night only, and nothing of the clinic is done twice.
 */
@EngineTest
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class EstablishmentFailureIsolationTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final String CLINIC = "750000010";

	static final String HOSPITAL = "670000025";

	@Autowired
	NightlyRunner nightly;

	@Autowired
	DropZone dropZone;

	@Autowired
	Jdbi jdbi;

	@Autowired
	JobRepository repository;

	@Autowired
	RelanceProperties properties;

	@Test
	void aFailedEstablishmentLeavesTheOthersCompleteAndARerunResumesOnlyIt() throws Exception {
		copyTree(Path.of("samples/drop"), dropZone.root());
		// an unexpected failure while the hospital's ledger is imported (as a bug or a
		// database fault would cause)
		plantFailureOnInvoicesOf(HOSPITAL);

		NightOutcome failed;
		try {
			failed = nightly.run(NIGHT);
		}
		finally {
			jdbi.useHandle((h) -> h.execute("DROP TRIGGER invoice_planted_failure ON invoice"));
		}

		assertThat(failed.completed()).isFalse();
		assertThat(failed.failures()).isNotEmpty().allSatisfy((f) -> assertThat(f).startsWith(HOSPITAL + ": "));
		assertThat(failed.summary().establishments())
			.extracting(EstablishmentLine::finess, EstablishmentLine::status, EstablishmentLine::stoppedAt)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CLINIC, "COMPLETED", ""),
					org.assertj.core.groups.Tuple.tuple(HOSPITAL, "FAILED", "ingest"));
		long clinicLetters = count("SELECT count(*) FROM output_batch WHERE finess = '" + CLINIC + "'");
		long clinicActions = count("SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id"
				+ " WHERE c.finess = '" + CLINIC + "' AND a.status = 'emitted'");
		assertThat(clinicLetters).as("the clinic's print files went out").isPositive();
		assertThat(clinicActions).isPositive();
		assertThat(count("SELECT count(*) FROM invoice WHERE finess = '" + HOSPITAL + "'")).isZero();
		assertThat(count("SELECT count(*) FROM source_file WHERE finess = '" + HOSPITAL + "' AND status = 'received'"))
			.as("the hospital's ledger waits for the rerun")
			.isEqualTo(1);
		assertThat(Files.readString(failed.summaryFile())).contains("\"status\" : \"FAILED\"");

		NightOutcome resumed = nightly.run(NIGHT);

		assertThat(resumed.completed()).isTrue();
		assertThat(resumed.failures()).isEmpty();
		assertThat(executions(CLINIC)).as("the clinic's night is not run again").isEqualTo(1);
		assertThat(executions(HOSPITAL)).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM invoice WHERE finess = '" + HOSPITAL + "'")).isPositive();
		assertThat(count("SELECT count(*) FROM output_batch WHERE finess = '" + CLINIC + "'")).isEqualTo(clinicLetters);
		assertThat(count("SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id"
				+ " WHERE c.finess = '" + CLINIC + "' AND a.status = 'emitted'"))
			.isEqualTo(clinicActions);
		assertThat(resumed.summary().establishments()).allSatisfy((e) -> assertThat(e.completed()).isTrue());
		assertThat(Files.readString(resumed.summaryFile())).contains("\"status\" : \"COMPLETED\"");
		assertThat(properties.out().resolve(NIGHT.toString()).resolve("dunning-decisions.csv")).content()
			.contains(CLINIC + ",")
			.contains(HOSPITAL + ",");
	}

	private void plantFailureOnInvoicesOf(String finess) {
		jdbi.useHandle((h) -> {
			h.execute("""
					CREATE OR REPLACE FUNCTION invoice_planted_failure() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN RAISE EXCEPTION 'planted failure for %', NEW.finess; END $$""");
			h.execute("CREATE TRIGGER invoice_planted_failure BEFORE INSERT ON invoice FOR EACH ROW "
					+ "WHEN (NEW.finess = '" + finess + "') EXECUTE FUNCTION invoice_planted_failure()");
		});
	}

	private long count(String sql) {
		return jdbi.withHandle((h) -> h.createQuery(sql).mapTo(Long.class).one());
	}

	private int executions(String finess) {
		JobInstance instance = repository.getJobInstance("nightly", NightParameters.unit(NIGHT, finess));
		return repository.getJobExecutions(instance).size();
	}

}
