package fr.relance.output.calls;

import java.math.BigDecimal;

/**
 * One call for the operators: who, the number, what is owed and on which invoices, what
 * was sent (with the references to quote), the last contacts, and when to call. Never a
 * care date, a care unit, an act or a diagnosis.
 *
 * @param callReference {@code APPEL-<action id>}, which the follow-up file's outcome
 * quotes back
 * @param invoices {@code number du dd/MM/yyyy : amount} each, oldest first
 * @param sent letters and SMS sent, with their references and dates
 * @param lastContacts the establishment's last three reported contacts
 * @param callFrom the first allowed instant, in the debtor's local time
 * @param slots the days and hours calls are allowed, in the debtor's time zone
 */
public record CallListRow(long actionId, String callReference, String patient, String fileNumber, String phone,
		BigDecimal balance, String invoices, String sent, String lastContacts, String callFrom, String slots,
		BigDecimal expectedGain) {
}
