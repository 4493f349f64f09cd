/**
 * Database side of the payment importers: what the establishment's invoice numbers look
 * like, and which of the numbers read on a transfer it knows. Statements are {@code .sql}
 * files beside each interface (Jdbi classpath locator).
 */
package fr.relance.ingest.payments.internal;
