/**
 * B2 invoice files sent to the AMO (CP establishment variant first, standard too): streaming reader, writer and
 * sniffer (issue 5, parsing half; formats.md sections 3, 5.2 and 7). Tells the engine what was billed to whom:
 * per invoice its {@link fr.relance.ingest.b2.InvoiceKey} (the key NOEMIE returns quote) and its
 * {@link fr.relance.ingest.b2.ExpectedSplit} between AMO, AMC and patient. Checks of formats.md 5.2 point 6 fail
 * the file in strict mode and become {@link fr.relance.ingest.b2.B2Warning}s in lenient mode; structural
 * problems always raise {@link fr.relance.ingest.b2.B2FormatException}. Layouts live as data in
 * {@code internal.B2Layouts}. Nothing here writes to a database.
 */
package fr.relance.ingest.b2;
