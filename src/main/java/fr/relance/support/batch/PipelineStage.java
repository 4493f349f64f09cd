package fr.relance.support.batch;

/** The stages of a night, in the order they run (docs/architecture.md#the-night). */
public enum PipelineStage {

	INTAKE, INGEST, RECONCILE, DUNNING, OUTPUT, REPORTING, CONSOLIDATION, RETENTION;

	/** Step name in the job repository and in the run summary. */
	public String stepName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A stage of each establishment's own night (its unit); the others run once per date
	 * after every unit has ended, because they need every establishment (consolidated
	 * reports, ops-wide exports) or none (retention).
	 */
	public boolean perEstablishment() {
		return this != CONSOLIDATION && this != RETENTION;
	}

}
