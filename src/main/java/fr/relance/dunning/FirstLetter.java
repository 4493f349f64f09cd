package fr.relance.dunning;

import java.time.LocalDate;

/**
 * The CPCE R124-4 letter of a case: every later contact must quote its reference and
 * sending date.
 */
public record FirstLetter(String reference, LocalDate sentOn) {
}
