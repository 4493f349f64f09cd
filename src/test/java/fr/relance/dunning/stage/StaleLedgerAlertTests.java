package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.support.batch.StageLine;
import fr.relance.testworld.World;

/**
 * An establishment whose newest ledger is too old gets no patient action, and ops are
 * told so in the summary.
 */
@EngineTest
// its nights run the dunning of the sample establishments: a later night of another class
// would refuse them
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class StaleLedgerAlertTests {

	static final LocalDate NIGHT = LocalDate.of(2033, 1, 11);

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Jdbi jdbi;

	@Test
	void aStaleLedgerIsAnAlertInTheRunSummaryAndItsJson(@Autowired EstablishmentSync sync) throws Exception {
		sync.sync();
		World.existing(jdbi, "750000010", NIGHT.minusDays(1));
		World.existing(jdbi, "670000025", NIGHT.minusDays(8));

		NightOutcome outcome = nightly.run(NIGHT);

		StageLine dunning = outcome.summary()
			.stages()
			.stream()
			.filter((s) -> s.stage().equals("dunning"))
			.findFirst()
			.orElseThrow();
		assertThat(dunning.alerts()).containsExactly("establishment 670000025: newest ledger received 2033-01-03, "
				+ "8 days old (limit 7), no patient action until a new ledger arrives");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		outcome.summary().print(new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.contains("Alerts:\n  dunning: establishment 670000025: " + "newest ledger received 2033-01-03");
		assertThat(Files.readString(outcome.summaryFile())).contains("\"alerts\"")
			.contains("no patient action until a new ledger arrives");
	}

}
