/**
 * The import of B2 invoice files (read with {@code formats.b2}): what was billed to whom.
 *
 * <p>
 * {@code B2Detector} recognises a B2 at intake and names its sender (the FINESS);
 * {@code B2Importer} keeps each invoice's expected split in {@code b2_expectation} and
 * {@link fr.relance.ingest.b2.B2Expectations} puts it on the ledger's invoice parts
 * ({@code expected_amount}; the ledger's {@code amount_due} is never changed), reporting
 * each disagreeing share as {@code B2_LEDGER_MISMATCH}. An invoice no ledger holds yet
 * waits for one ({@link fr.relance.ingest.b2.B2Expectations#attachWaiting}, for the
 * ledger importer). How B2 and ledger invoice numbers meet is configurable:
 * {@link fr.relance.ingest.b2.B2ImportProperties}.
 */
package fr.relance.ingest.b2;
