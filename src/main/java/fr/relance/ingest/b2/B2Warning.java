package fr.relance.ingest.b2;

/** A failed check of formats.md 5.2 point 6 in lenient mode. */
public record B2Warning(B2Reason reason, long recordNumber, String message) {

}
