/**
 * B2 invoice files sent to the AMO (CP establishment variant first, standard too), as a
 * file format: streaming reader, writer and sniffer ({@code docs/formats.md#b2}). No
 * database and no Spring: the importer ({@code ingest.b2}), the sample generator and the
 * tests use it alike.
 *
 * <p>
 * Per invoice it gives its {@link fr.relance.formats.b2.InvoiceKey} (the key NOEMIE
 * returns quote) and its {@link fr.relance.formats.b2.ExpectedSplit} between AMO, AMC and
 * patient. Total checks ({@code docs/formats.md#b2-checks}) fail the file in strict mode
 * and become {@link fr.relance.formats.b2.B2Warning}s in lenient mode; structural
 * problems always raise {@link fr.relance.formats.b2.B2FormatException}. Layouts live as
 * data in {@code internal.B2Layouts}. Uses {@code formats.fixedwidth} only.
 */
package fr.relance.formats.b2;
