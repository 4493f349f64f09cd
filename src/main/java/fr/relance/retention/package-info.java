/**
 * The retention stage of the night: files holding patient data are not kept forever. Each
 * kind has its retention period ({@link RetentionSettings}); the night deletes what has
 * passed it, counted in the run summary, and {@code ops/relance retention --dry-run}
 * lists exactly what the night would delete. In the database, the patients whose case is
 * closed and quiet ({@link ClosedCases}) have their personal data erased, the amounts
 * kept.
 */
package fr.relance.retention;
