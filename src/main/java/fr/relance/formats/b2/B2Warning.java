package fr.relance.formats.b2;

/** A failed total check (docs/formats.md#b2-checks) in lenient mode. */
public record B2Warning(B2Reason reason, long recordNumber, String message) {

}
