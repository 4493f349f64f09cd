/**
 * The Quartz side of the clustered scheduler: its properties, its three jobs and the
 * reader of the schedule file.
 */
package fr.relance.scheduling.cluster.internal;
