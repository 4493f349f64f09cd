/**
 * Mutuelle (AMC) and OCT statements sent as CSV files (issue 5): profiles of
 * {@code <jobs>/profiles/amc/*.yml} say which header names hold the invoice number,
 * organisation, claimed and paid amounts, status or reject code, payment date and
 * transfer reference. {@code AmcStatementDetector} recognises a statement by its header
 * line; {@code AmcStatementImporter} posts one AMC remittance per payment and one AMC
 * line per row through the staging and posting of the NOEMIE import
 * ({@link fr.relance.ingest.noemie.RemittanceStaging}), so a statement is never posted
 * twice. Lines stay {@code unmatched} for reconciliation.
 */
package fr.relance.ingest.amc;
