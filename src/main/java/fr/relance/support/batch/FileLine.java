package fr.relance.support.batch;

/**
 * One file of the night in the run summary, for ops: what it was and what became of it.
 * No content, no patient data.
 *
 * @param errorReport the establishment's error report for this file, if one was written
 */
public record FileLine(String finess, String name, String kind, String status, String reasonCode, Integer rowsRead,
		Integer rowsImported, Integer rowsRejected, String errorReport) {

	/** Refused whole, duplicate, or imported with rejected rows: someone should look. */
	public boolean needsAttention() {
		return !"imported".equals(status) && !"received".equals(status);
	}

}
