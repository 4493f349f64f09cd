package fr.relance.output.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.relance.support.ids.CreditorReference;

/**
 * The payload of an EPC QR code (EPC069-12, version 002, UTF-8): a SEPA credit transfer a
 * banking app fills in from the letter, with the case's RF reference as structured
 * remittance information, so the transfer that comes back on the bank statement is
 * matched to its case by reconciliation.
 *
 * @param bic optional in version 002, printed when the establishment gives one
 * @param name the beneficiary, cut to the 70 characters the guideline allows
 */
public record EpcTransfer(String bic, String name, String iban, BigDecimal amount, CreditorReference reference) {

	private static final BigDecimal MAX = new BigDecimal("999999999.99");

	public EpcTransfer {
		if (amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("an EPC transfer is for 0.01 to 999999999.99 euros, not " + amount);
		}
		name = name.length() > 70 ? name.substring(0, 70) : name;
	}

	/**
	 * Lines separated by LF; the trailing optional fields (unstructured text, note) are
	 * left out.
	 */
	public String payload() {
		return String.join("\n", "BCD", "002", "1", "SCT", this.bic == null ? "" : this.bic, this.name, this.iban,
				"EUR" + this.amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "", this.reference.value());
	}

}
