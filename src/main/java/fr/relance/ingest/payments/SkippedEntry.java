package fr.relance.ingest.payments;

/**
 * An entry that gave no credit line, with where to find it and why; reported, never
 * silently dropped.
 *
 * @param entryNumber 1-based position of the {@code Ntry} in the file
 * @param xmlLine line of its start tag
 * @param reason the code for reports
 * @param detail a sentence for the person reading the report (no personal data)
 */
public record SkippedEntry(int entryNumber, int xmlLine, SkipReason reason, String detail) {
}
