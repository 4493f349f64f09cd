/**
 * The engine's entry point ({@link fr.relance.RelanceApplication}). Each stage of the
 * night lives in its own package, in the night's order: intake, ingest, reconcile,
 * dunning, output, reporting; {@code docs/architecture.md} says which may use which.
 */
package fr.relance;
