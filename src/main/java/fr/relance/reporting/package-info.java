/**
 * The reporting stage: what finance reads. Each night it records every establishment's
 * figures in the KPI history ({@code kpi_daily},
 * {@link fr.relance.reporting.KpiHistory}): money recovered by payer and by the channel
 * that preceded it, amounts placed, costs, letters avoided, payer rejects, open balances
 * and their ageing, suspense, write-offs, calibrated uplifts. Reports read that history
 * ({@link fr.relance.reporting.KpiReader}) for the night, the month to date and twelve
 * months, and are written per establishment into its drop folder and consolidated for
 * ops. Definitions: {@code docs/reporting.md}. SQL and file formats live in
 * {@code internal}.
 */
package fr.relance.reporting;
