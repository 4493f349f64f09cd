package fr.relance.ingest.b2;

import java.math.BigDecimal;

import fr.relance.intake.ReportCode;
import fr.relance.intake.ReportedError;
import fr.relance.support.money.Amounts;

/**
 * A payer share on which a B2 invoice and the establishment's ledger disagree (the
 * ledger's {@code amount_due} stays; the B2 amount is kept as the part's
 * {@code expected_amount}). A payer the ledger has no part for counts as 0 on the ledger
 * side.
 *
 * @param b2SourceLine record of the invoice in the B2 file
 * @param ledgerSourceLine line of the invoice in its ledger file
 */
public record B2Mismatch(long expectationId, long b2SourceFileId, long b2SourceLine, String b2InvoiceNumber,
		String ledgerInvoiceNumber, long ledgerSourceLine, String payer, BigDecimal b2Amount, BigDecimal ledgerAmount) {

	/**
	 * The report line, on the B2 side ({@code line} = B2 record) or the ledger side (its
	 * line).
	 */
	public ReportedError toError(String fileName, boolean ledgerSide) {
		return new ReportedError(fileName, ledgerSide ? ledgerSourceLine : b2SourceLine, "part " + payerFr(),
				ledgerInvoiceNumber, ReportCode.B2_LEDGER_MISMATCH,
				"Facture " + ledgerInvoiceNumber + " : la part " + payerFr() + " vaut " + Amounts.french(b2Amount)
						+ " dans le B2 (facture " + b2InvoiceNumber + ") et " + Amounts.french(ledgerAmount)
						+ " dans l'export comptable.");
	}

	private String payerFr() {
		return switch (payer) {
			case "AMO" -> "assurance maladie obligatoire (AMO)";
			case "AMC" -> "complémentaire (AMC)";
			default -> "patient";
		};
	}

}
