/**
 * NOEMIE returns (RSP: rejects, signals, payments) from the AMO: streaming reader, writer and sniffer
 * (docs/formats.md#noemie), and their import into {@code remittance}, {@code remittance_line} and
 * {@code remittance_code} (issue 5).
 *
 * <p>Reading: {@link fr.relance.ingest.noemie.NoemieReader} turns an ISO-8859-1 byte stream into
 * {@link fr.relance.ingest.noemie.NoemieEvent}s, pulled one at a time through
 * {@link fr.relance.ingest.noemie.NoemieStream}. Invoice returns are emitted as soon as they are complete, so
 * memory does not grow with the file. Any framing, field or control-total problem raises
 * {@link fr.relance.ingest.noemie.NoemieFormatException} with a {@link fr.relance.ingest.noemie.NoemieReason}.
 * Entity layouts live as data in {@code internal.NoemieLayouts}.
 *
 * <p>Importing: {@code NoemieDetector} recognises a return at intake and names its addressee (the FINESS);
 * {@code NoemieImporter} refuses a header identity already imported ({@code DUPLICATE_REMITTANCE}), streams the
 * returns by {@code COPY} into a staging table ({@link fr.relance.ingest.noemie.RemittanceStaging}) and, once the
 * trailer proved every control total, posts them set-based ({@link fr.relance.ingest.noemie.RemittancePosting}):
 * one remittance per transfer, one line per payer part and per retention, the codes as received. A unique return
 * key makes a second posting of the same return impossible. Lines are left {@code unmatched} for reconciliation,
 * which reads the rule of each reject code from {@link fr.relance.ingest.noemie.RejectCodes}.
 */
package fr.relance.ingest.noemie;
