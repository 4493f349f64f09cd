/**
 * Database and file side of the reporting stage: the KPI statements (one {@code .sql}
 * resource per method of {@link fr.relance.reporting.internal.KpiDao}) and the writers of
 * report tables.
 */
package fr.relance.reporting.internal;
