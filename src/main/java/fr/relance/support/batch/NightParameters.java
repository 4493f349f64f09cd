package fr.relance.support.batch;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The job parameters of a night. An establishment's unit is identified by its date and
 * FINESS; the closing of a date by the date and the establishments missing from it, so
 * that a closing done while one establishment had failed runs again once that
 * establishment has completed.
 */
public final class NightParameters {

	public static final String RUN_DATE = "runDate";

	public static final String ESTABLISHMENT = "establishment";

	public static final String MISSING = "missing";

	private NightParameters() {
	}

	public static JobParameters unit(LocalDate runDate, String finess) {
		return new JobParametersBuilder().addLocalDate(RUN_DATE, runDate, true)
			.addString(ESTABLISHMENT, finess, true)
			.toJobParameters();
	}

	public static JobParameters closing(LocalDate runDate, List<String> missing) {
		return new JobParametersBuilder().addLocalDate(RUN_DATE, runDate, true)
			.addString(MISSING, String.join(",", missing), true)
			.toJobParameters();
	}

	public static LocalDate runDate(StepExecution step) {
		return step.getJobParameters().getLocalDate(RUN_DATE);
	}

	/** The establishment whose night this step belongs to. */
	public static String finess(StepExecution step) {
		String finess = step.getJobParameters().getString(ESTABLISHMENT);
		if (finess == null) {
			throw new IllegalStateException("step " + step.getStepName() + " runs outside an establishment's night");
		}
		return finess;
	}

}
