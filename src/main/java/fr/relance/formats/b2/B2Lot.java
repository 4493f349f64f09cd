package fr.relance.formats.b2;

import java.time.LocalDate;

/**
 * Record {@code 1}, start of lot: sender (FINESS for an establishment), lot number and
 * creation date.
 */
public record B2Lot(String partner, String destination, String lotNumber, String lotDateRaw, LocalDate lotDate,
		String name, char currency, long recordNumber) implements B2Event {

}
