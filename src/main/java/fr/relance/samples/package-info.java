/**
 * Synthetic world generator: fictitious establishments, patients and invoices written as
 * the files an establishment would drop (its ledger, in one of the four profiles of
 * {@code jobs/profiles}: standard CSV, GAM Windows-1252, positional UTF-8 or FEC), the
 * establishment configuration (YAML) and the expected final state of every invoice part
 * ({@code truth.csv}, limited to what the ledger's profile can express), so that a night
 * can be run and checked end to end without any real patient data.
 * <p>
 * Everything is derived from the seed, so the same options give byte-identical files;
 * nothing is held in memory beyond one invoice at a time. With
 * {@link fr.relance.samples.GenerationOptions#withReturns returns}, each establishment
 * (but a FEC one) also gets the files of one night that settle its invoices, written by
 * {@link fr.relance.samples.WorldWriter}s from each invoice's
 * {@link fr.relance.samples.Settlement}: a NOEMIE return (paid, partly paid, rejected
 * with transfer or rebill codes, deferred; some already in the ledger, some not), a B2
 * file billing its recent invoices, and a camt.053 bank statement of patient transfers
 * (by invoice number, RF reference, name and exact amount, over-payment, an unknown
 * invoice); {@code truth.csv} then states every part after a night has reconciled them.
 * Details (draws, name lists, writers) live in {@code samples.internal}.
 */
package fr.relance.samples;
