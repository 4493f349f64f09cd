/**
 * The output stage: what the dunning stage planned goes out, exactly once. One
 * {@link fr.relance.output.Emitter} per channel (letters first; SMS, calls, hand-over and
 * write-off lists join as more emitters) turns the planned actions of an establishment
 * into batch files; {@link fr.relance.output.EmissionProtocol} writes each file under a
 * temporary name, syncs it, renames it to its final name, and only then registers the
 * batch and marks its actions emitted in one transaction. Rendering depends on the night
 * and the database only, so a file left unregistered by a crash is rendered again byte
 * for byte on the rerun.
 */
package fr.relance.output;
