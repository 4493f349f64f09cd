/**
 * The one builder of database-backed test data: {@link fr.relance.testworld.World} writes
 * an establishment of its own (a fresh FINESS per world, so tests sharing the database
 * never see each other's rows), its files, patients, invoices with their payer parts,
 * money, payer returns and dunning history, row by row through {@code WorldDao} (each
 * statement a {@code .sql} resource named after its method);
 * {@link fr.relance.testworld.bulk.BulkWorld} writes the benchmarks' worlds of many rows
 * set-based, from ordered {@code .sql} scripts. Uses only the schema, never a stage's
 * code.
 */
package fr.relance.testworld;
