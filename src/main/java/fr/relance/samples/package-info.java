/**
 * Synthetic world generator: fictitious establishments, patients and invoices written as the files an
 * establishment would drop (its ledger, in one of the four profiles of {@code jobs/profiles}: standard CSV, GAM
 * Windows-1252, positional UTF-8 or FEC), the establishment configuration (YAML) and the expected final state of
 * every invoice part ({@code truth.csv}, limited to what the ledger's profile can express), so that a night can be
 * run and checked end to end without any real patient data.
 * <p>
 * Everything is derived from the seed, so the same options give byte-identical files; nothing is held in memory
 * beyond one invoice at a time. New file formats (NOEMIE, B2, bank statements) plug in as {@link
 * fr.relance.samples.WorldWriter}s. Details (draws, name lists, writers) live in {@code samples.internal}.
 */
package fr.relance.samples;
