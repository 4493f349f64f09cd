/**
 * How a ledger file is read, staged and merged: streaming CSV reading, line digests
 * against what is known, binary COPY into staging, the set-based merge. Only
 * {@code ingest.ledger} uses it.
 */
package fr.relance.ingest.ledger.internal;
