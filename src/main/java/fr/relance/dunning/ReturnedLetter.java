package fr.relance.dunning;

import java.time.LocalDate;

/**
 * A letter the post brought back from the address the debtor still has (NPAI, unknown
 * address).
 *
 * @param reference the letter's reference, as printed on it
 */
public record ReturnedLetter(String reference, LocalDate returnedOn) {
}
