/**
 * The ingest stage: every received file imported in its own transaction by the importer
 * of its kind, bad rows reported, whole-file refusals handed to the intake's quarantine,
 * held ledger snapshots. Uses {@code intake}, {@code establishment} and {@code support}.
 */
package fr.relance.ingest;
