/**
 * The database: embedded PostgreSQL, Jdbi, transactions, SQL resources, the binary COPY
 * writer, the run and home locks, timeouts. Shared; depends on no stage.
 */
package fr.relance.support.db;
