package fr.relance.formats.noemie;

/**
 * An act line (entity {@code 210}): its number and the amount reimbursed, signed, in
 * cents.
 */
public record ActLine(int lineNumber, long reimbursedCents) {

}
