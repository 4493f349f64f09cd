package fr.relance.formats.b2;

/**
 * What identifies an invoice across B2 and NOEMIE (docs/formats.md#invoice-key): sender
 * (B2 positions 2-10), lot number and lot creation date as written, invoice number. A
 * NOEMIE {@code 102} quotes the last three; compare raw strings, never parsed dates.
 */
public record InvoiceKey(String sender, String lotNumber, String lotDateRaw, String invoiceNumber) {

}
