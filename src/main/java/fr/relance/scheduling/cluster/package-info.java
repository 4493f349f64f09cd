/**
 * The clustered scheduler ({@code ops/relance scheduler}): Quartz on its JDBC job store
 * in the engine's PostgreSQL, clustered, with the schedules of {@code jobs/schedule.yml}.
 * At a scheduled time one node queues the night's establishment units as Quartz jobs and
 * a consolidation job; every node takes units from that queue and runs them through
 * {@link fr.relance.scheduling.NightUnits}. Quartz's cluster recovery re-fires the unit
 * of a node that died; the unit itself resumes its Spring Batch execution. Implementation
 * in {@code internal}; only {@code cli} uses it.
 */
package fr.relance.scheduling.cluster;
