package fr.relance.ingest.noemie;

/**
 * A retention on a transfer (entity {@code 250}): money the AMO keeps back (undue payment, advance...), so the
 * transfer is net of it. {@code amountCents} is signed: positive reduces the transfer.
 */
public record Retention(Transfer transfer, int lineNumber, String debtReference, String debtDateRaw,
		String debtNature, String operation, long amountCents, long remainingDebtCents) implements NoemieEvent {

}
