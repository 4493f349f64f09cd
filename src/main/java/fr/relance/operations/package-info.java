/**
 * What ops run and read around the nights: the state of the engine home (last nights,
 * files waiting, quarantine, open alerts), the release of a quarantined file, catch-up of
 * missed nights, the run log files and data retention. Everything here reads the engine's
 * folders and summaries, so that ops can look while a night is running.
 */
package fr.relance.operations;
