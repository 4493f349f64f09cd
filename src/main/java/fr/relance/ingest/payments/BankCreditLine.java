package fr.relance.ingest.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booked EUR credit read from a camt.053 statement: a whole entry, or one transaction
 * of a batched entry (each with its own amount). This is what the payments stage stores
 * and tries to match to a dunning case.
 * <p>
 * {@code toString()} leaves out the debtor name and the remittance text, which are
 * personal data.
 *
 * @param statementId {@code Stmt/Id} of the statement holding the entry
 * @param accountIban IBAN of the statement's account ({@code Stmt/Acct/Id/IBAN}), the
 * establishment's account
 * @param entryNumber 1-based position of the {@code Ntry} in the file (all statements
 * together)
 * @param transactionNumber 1-based position of the {@code TxDtls} in its entry; 1 for an
 * entry without details
 * @param sequence 1-based position of this line among the credit lines of the file
 * @param xmlLine line of the {@code Ntry} start tag in the file, for a human looking at
 * the original
 * @param bookingDate {@code BookgDt}
 * @param valueDate {@code ValDt}, or null when the bank gave none
 * @param amount euros, scale 2, positive
 * @param entryReference {@code NtryRef}, or null
 * @param accountServicerReference the bank's reference, from the transaction, else from
 * the entry, or null
 * @param endToEndId the payer's end-to-end id, or null (also when the bank wrote
 * {@code NOTPROVIDED})
 * @param debtorName name of the payer ({@code RltdPties/Dbtr}), or null
 * @param remittanceText unstructured remittance ({@code Ustrd} pieces joined with a
 * space); for an entry without any {@code Ustrd}, its {@code AddtlNtryInf}, where some
 * banks put the transfer label; or null
 * @param creditorReference first structured reference ({@code Strd/CdtrRefInf/Ref}) as
 * written, unchecked, or null
 * @param reversal true when the bank marked the entry as a reversal ({@code RvslInd}): it
 * undoes an earlier debit
 */
public record BankCreditLine(String statementId, String accountIban, int entryNumber, int transactionNumber,
		long sequence, int xmlLine, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
		String entryReference, String accountServicerReference, String endToEndId, String debtorName,
		String remittanceText, String creditorReference, boolean reversal) {

	/**
	 * Unique within one file; with the source file id it keys an allocation so a
	 * re-import never repeats it.
	 */
	public String sourceKey() {
		return this.entryNumber + "." + this.transactionNumber;
	}

	@Override
	public String toString() {
		return "BankCreditLine[" + sourceKey() + " seq " + this.sequence + " line " + this.xmlLine + ", " + this.amount
				+ " EUR booked " + this.bookingDate + (this.reversal ? ", reversal" : "") + ", ref "
				+ this.accountServicerReference + "]";
	}

}
