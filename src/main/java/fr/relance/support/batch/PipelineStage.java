package fr.relance.support.batch;

/** The stages of a night, in the order they run (docs/architecture.md#the-night). */
public enum PipelineStage {

	INTAKE, INGEST, RECONCILE, DUNNING, OUTPUT, REPORTING, RETENTION;

	/** Step name in the job repository and in the run summary. */
	public String stepName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
