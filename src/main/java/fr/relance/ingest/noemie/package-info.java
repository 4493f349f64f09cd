/**
 * The import of NOEMIE returns (read with {@code formats.noemie}) into
 * {@code remittance}, {@code remittance_line} and {@code remittance_code}.
 *
 * <p>
 * {@code NoemieDetector} recognises a return at intake and names its addressee (the
 * FINESS); {@code NoemieImporter} refuses a header identity already imported
 * ({@code DUPLICATE_REMITTANCE}), streams the returns by {@code COPY} into a staging
 * table ({@link fr.relance.ingest.noemie.RemittanceStaging}) and, once the trailer proved
 * every control total, posts them set-based
 * ({@link fr.relance.ingest.noemie.RemittancePosting}): one remittance per transfer, one
 * line per payer part and per retention, the codes as received. A unique return key makes
 * a second posting of the same return impossible. Lines are left {@code unmatched} for
 * reconciliation, which applies the rule of each reject code
 * ({@code reconcile.RejectCodes}).
 */
package fr.relance.ingest.noemie;
