/**
 * B2 invoice files sent to the AMO (CP establishment variant first, standard too): streaming reader, writer and
 * sniffer (docs/formats.md#b2), and their import (issue 5). Tells the engine what was billed to
 * whom: per invoice its {@link fr.relance.ingest.b2.InvoiceKey} (the key NOEMIE returns quote) and its
 * {@link fr.relance.ingest.b2.ExpectedSplit} between AMO, AMC and patient. Total checks
 * (docs/formats.md#b2-checks) fail the file in strict mode and become {@link fr.relance.ingest.b2.B2Warning}s in
 * lenient mode; structural problems always raise {@link fr.relance.ingest.b2.B2FormatException}. Layouts live as
 * data in {@code internal.B2Layouts}.
 *
 * <p>Importing: {@code B2Detector} recognises a B2 at intake and names its sender (the FINESS); {@code B2Importer}
 * keeps each invoice's expected split in {@code b2_expectation} and {@link fr.relance.ingest.b2.B2Expectations}
 * puts it on the ledger's invoice parts ({@code expected_amount}; the ledger's {@code amount_due} is never
 * changed), reporting each disagreeing share as {@code B2_LEDGER_MISMATCH}. An invoice no ledger holds yet waits
 * for one ({@link fr.relance.ingest.b2.B2Expectations#attachWaiting}, for the ledger importer). How B2 and ledger
 * invoice numbers meet is configurable: {@link fr.relance.ingest.b2.B2ImportProperties}.
 */
package fr.relance.ingest.b2;
