package fr.relance.formats.noemie;

import java.time.LocalDate;

/**
 * A bank transfer announced by entity {@code 071}, under the payee of the last
 * {@code 040} (null if none). {@code sequence} numbers transfers from 1 in file order.
 * The labels are what the bank statement shows.
 */
public record Transfer(int sequence, String payeeNumber, String dateRaw, LocalDate date, String label1, String label2,
		String payer) {

}
