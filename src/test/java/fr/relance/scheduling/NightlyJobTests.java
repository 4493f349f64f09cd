package fr.relance.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageLine;

@EngineTest
// its nights run the dunning of the sample establishments: a later night of another class
// would refuse them
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
// in date order: an older night after a later one is refused
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobTests {

	@Autowired
	NightlyRunner nightly;

	@Autowired
	JobRepository repository;

	@Test
	@Order(1)
	void runsEveryStageInPipelineOrderAndWritesTheSummary() throws Exception {
		NightOutcome outcome = nightly.run(LocalDate.of(2030, 3, 14));

		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.summary().stages()).extracting(StageLine::stage)
			.containsExactly("intake", "ingest", "reconcile", "dunning", "output", "reporting", "consolidation",
					"retention");
		assertThat(outcome.summaryFile()).hasFileName("run-summary.json");
		assertThat(outcome.summaryFile().getParent()).hasFileName("2030-03-14");
		String json = Files.readString(outcome.summaryFile());
		assertThat(json).contains("\"runDate\" : \"2030-03-14\"")
			.contains("\"status\" : \"COMPLETED\"")
			.contains("\"stage\" : \"reporting\"");
	}

	@Test
	@Order(2)
	void saysSoAndRunsNothingWhenTheNightAlreadyCompleted() throws Exception {
		LocalDate date = LocalDate.of(2030, 3, 15);
		nightly.run(date);
		JobInstance instance = repository.getJobInstance("nightly", NightParameters.unit(date, "750000010"));

		NightOutcome again = nightly.run(date);

		assertThat(again.alreadyCompleted()).isTrue();
		assertThat(again.completed()).isTrue();
		assertThat(repository.getJobExecutions(instance)).hasSize(1);
	}

	@Test
	@Order(3)
	void marksStagesNotBuiltYetAsNoOpInTheSummary() throws Exception {
		NightOutcome outcome = nightly.run(LocalDate.of(2030, 3, 16));

		assertThat(outcome.summary().stages()).filteredOn(s -> s.note().startsWith("not built yet"))
			.allSatisfy(s -> assertThat(s.read()).isZero());
	}

}
