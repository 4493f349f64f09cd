package fr.relance.formats.b2;

/**
 * Record {@code 6}, end of lot, as declared (the reader has checked it against the
 * invoices read).
 */
public record B2LotEnd(String lotNumber, long invoiceCount, long lineCount, long billedCents, long amoCents,
		long amcCents, char marking, long recordNumber) implements B2Event {

}
