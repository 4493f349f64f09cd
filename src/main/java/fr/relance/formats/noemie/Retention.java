package fr.relance.formats.noemie;

/**
 * A retention on a transfer (entity {@code 250}): money the AMO keeps back (undue
 * payment, advance...), so the transfer is net of it. {@code amountCents} is signed:
 * positive reduces the transfer. {@code recordNumber} is the physical record (line in
 * logical mode) where the entity starts; 0 for a value built to be written.
 */
public record Retention(Transfer transfer, int lineNumber, String debtReference, String debtDateRaw, String debtNature,
		String operation, long amountCents, long remainingDebtCents, long recordNumber) implements NoemieEvent {

	/** A retention to write (no record number yet). */
	public Retention(Transfer transfer, int lineNumber, String debtReference, String debtDateRaw, String debtNature,
			String operation, long amountCents, long remainingDebtCents) {
		this(transfer, lineNumber, debtReference, debtDateRaw, debtNature, operation, amountCents, remainingDebtCents,
				0);
	}

}
