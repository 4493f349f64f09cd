package fr.relance.support.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A stage's line of the night is the total of every establishment's night: what finance
 * and ops read first.
 */
class StageLineTotalTests {

	@Test
	void countsTimeAndFiguresAreSummedAndEachNoteKeepsItsEstablishment() {
		StageLine paris = new StageLine("output", "COMPLETED", 5, 5, 0, new BigDecimal("1.2"), "5 actions emitted",
				List.of("a"), Map.of("smsMessages", 3L, "smsCostCents", 24L));
		StageLine strasbourg = new StageLine("output", "COMPLETED", 3, 2, 1, new BigDecimal("0.5"), "2 actions emitted",
				List.of("b"), Map.of("smsMessages", 1L, "smsCostCents", 6L));

		StageLine total = StageLine.total("output", List.of("750000010", "670000025"), List.of(paris, strasbourg));

		assertThat(total.status()).isEqualTo("COMPLETED");
		assertThat(total.read()).isEqualTo(8);
		assertThat(total.written()).isEqualTo(7);
		assertThat(total.rejected()).isEqualTo(1);
		assertThat(total.seconds()).isEqualByComparingTo("1.7");
		assertThat(total.figures()).containsEntry("smsMessages", 4L).containsEntry("smsCostCents", 30L);
		assertThat(total.alerts()).containsExactly("a", "b");
		assertThat(total.note()).isEqualTo("750000010: 5 actions emitted; 670000025: 2 actions emitted");
	}

	@Test
	void theNightsStatusIsTheWorstOfItsEstablishments() {
		StageLine notRun = StageLine.notRun("ingest");
		StageLine completed = new StageLine("ingest", "COMPLETED", 0, 0, 0, BigDecimal.ZERO, "", List.of(), Map.of());
		StageLine failed = new StageLine("ingest", "FAILED", 0, 0, 0, BigDecimal.ZERO, "", List.of(), Map.of());

		assertThat(StageLine.total("ingest", List.of("a", "b"), List.of(completed, failed)).status())
			.isEqualTo("FAILED");
		assertThat(StageLine.total("ingest", List.of("a", "b"), List.of(completed, notRun)).status())
			.isEqualTo("NOT_RUN");
		assertThat(StageLine.total("ingest", List.of("a", "b"), List.of(completed, completed)).status())
			.isEqualTo("COMPLETED");
	}

}
