package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;

/**
 * The output stage's figures in the run summary: each establishment's SMS totals of the
 * night (the night's total is their sum, see StageLineTotalTests), as the emitters
 * restate them on every attempt (a resumed night does not count twice what its first
 * attempt sent).
 */
class OutputFiguresTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	/**
	 * Each establishment's channels as they would report tonight, without rendering
	 * anything.
	 */
	static final class Reported extends OutputNight {

		Reported() {
			super(null, null, List.of(), null);
		}

		@Override
		public EstablishmentOutput emit(Establishment establishment, LocalDate night) {
			Map<String, Long> sms = establishment.finess().equals("750000010")
					? Map.of("smsMessages", 3L, "smsSegments", 4L, "smsCostCents", 24L)
					: Map.of("smsMessages", 1L, "smsSegments", 1L, "smsCostCents", 6L);
			return new EstablishmentOutput(establishment.finess(), 0,
					List.of(new Emission(2, 2, 0, List.of(), List.of(), List.of()),
							new Emission(sms.get("smsMessages").intValue(), sms.get("smsMessages").intValue(), 0,
									List.of(), List.of(), List.of(), sms)));
		}

	}

	@Test
	void eachEstablishmentsSmsMessagesSegmentsAndCostAreCountedOnceWhateverTheAttempts(@TempDir Path home)
			throws Exception {
		RelanceProperties properties = new RelanceProperties(home, null, null, null, null, null, null, null);
		OutputTasklet tasklet = new OutputTasklet(new EstablishmentDirectory(Path.of("samples/establishments")),
				new Reported(), properties);
		StepExecution paris = unitStep("750000010");
		StepExecution other = unitStep("670000025");

		tasklet.execute(new StepContribution(paris), null);
		tasklet.execute(new StepContribution(paris), null);
		tasklet.execute(new StepContribution(other), null);

		assertThat(StageReport.figure(paris, "smsMessages")).isEqualTo(3);
		assertThat(StageReport.figure(paris, "smsSegments")).isEqualTo(4);
		assertThat(StageReport.figure(paris, "smsCostCents")).isEqualTo(24);
		assertThat(StageReport.figure(other, "smsCostCents")).isEqualTo(6);
		assertThat(paris.getExecutionContext().getString("relance.note"))
			.isEqualTo("5 actions emitted in 0 files (3 SMS, 4 segments, 0,24\u00A0€)");
	}

	private static StepExecution unitStep(String finess) {
		return new StepExecution("output",
				new JobExecution(1L, new JobInstance(1L, "nightly"), NightParameters.unit(NIGHT, finess)));
	}

}
