package fr.relance.formats.b2;

/**
 * Amounts of a CP service line: {@code 3} hospital services or {@code 4} fees, in cents:
 * AMO reimbursable, AMC reimbursable and total expense (fees overrun included).
 */
public record B2Line(char kind, long amoCents, long amcCents, long totalCents, long recordNumber) {

}
