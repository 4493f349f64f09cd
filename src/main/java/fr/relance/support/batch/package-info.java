/**
 * What every stage reports: the run summary, stage lines and figures, alerts, progress
 * logging. Shared; depends on no stage.
 */
package fr.relance.support.batch;
