package fr.relance.ingest.noemie;

import java.time.LocalDate;

/**
 * One remittance of a file (a NOEMIE transfer, a statement's payment), posted with its
 * staged lines.
 *
 * @param transfer number of the remittance in its file, as quoted by its staged lines
 * @param sourceLine record (or line) where it starts in the file
 * @param payer {@code AMO} or {@code AMC}
 * @param organisation paying organism as written (071 payer, AMC number)
 * @param transferReference what the bank statement shows (071 labels, statement
 * reference); may be null
 * @param netCents what should reach the bank account, net of retentions
 */
public record StagedRemittance(int transfer, long sourceLine, String payer, String organisation,
		String transferReference, LocalDate paymentDate, long netCents) {

}
