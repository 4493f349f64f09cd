/**
 * NOEMIE returns (RSP: rejects, signals, payments) from the AMO, as a file format:
 * streaming reader, writer and sniffer ({@code docs/formats.md#noemie}). No database and
 * no Spring: the importer ({@code ingest.noemie}), the sample generator and the tests use
 * it alike.
 *
 * <p>
 * {@link fr.relance.formats.noemie.NoemieReader} turns an ISO-8859-1 byte stream into
 * {@link fr.relance.formats.noemie.NoemieEvent}s, pulled one at a time through
 * {@link fr.relance.formats.noemie.NoemieStream}. Invoice returns are emitted as soon as
 * they are complete, so memory does not grow with the file. Any framing, field or
 * control-total problem raises {@link fr.relance.formats.noemie.NoemieFormatException}
 * with a {@link fr.relance.formats.noemie.NoemieReason}. Entity layouts live as data in
 * {@code internal.NoemieLayouts}. Uses {@code formats.fixedwidth} only.
 */
package fr.relance.formats.noemie;
