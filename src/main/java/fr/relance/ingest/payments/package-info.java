/**
 * Patient payments arriving by bank transfer, before any database work.
 * <p>
 * Owns three pure-Java pieces: the ISO 11649 creditor reference printed on dunning
 * letters ({@link fr.relance.support.ids.CreditorReference}), a streaming reader of ISO
 * 20022 camt.053 bank statements that yields one
 * {@link fr.relance.ingest.payments.BankCreditLine} per booked EUR credit
 * ({@link fr.relance.ingest.payments.Camt053Reader}), and the search of a payment
 * reference in the free text a patient typed
 * ({@link fr.relance.ingest.payments.PaymentReferenceExtractor}).
 * <p>
 * Reads: a camt.053 stream handed over by the intake stage. Writes: nothing; the payments
 * stage stores the lines and matches them. Nothing here logs remittance text or debtor
 * names (they are personal data).
 */
package fr.relance.ingest.payments;
