/**
 * NOEMIE returns (RSP: rejects, signals, payments) from the AMO: streaming reader, writer and sniffer (issue 5,
 * parsing half; formats.md sections 4, 5.1 and 7).
 *
 * <p>{@link fr.relance.ingest.noemie.NoemieReader} turns an ISO-8859-1 byte stream into
 * {@link fr.relance.ingest.noemie.NoemieEvent}s, pulled one at a time through
 * {@link fr.relance.ingest.noemie.NoemieStream} (an {@link java.util.Iterator}, fit for a Spring Batch item
 * reader) or pushed to a callback. Invoice returns are emitted as soon as they are complete, so memory does not
 * grow with the file. Any framing, field or control-total problem raises
 * {@link fr.relance.ingest.noemie.NoemieFormatException} with a {@link fr.relance.ingest.noemie.NoemieReason}:
 * the importer quarantines the whole file. Entity layouts live as data in {@code internal.NoemieLayouts}.
 * Nothing here writes to a database.
 */
package fr.relance.ingest.noemie;
