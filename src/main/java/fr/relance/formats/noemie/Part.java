package fr.relance.formats.noemie;

/**
 * AMO part (entity {@code 198}) or AMC part ({@code 199}) of an invoice return: amount
 * claimed, status and amount paid (signed: a negative amount takes money back).
 * {@code organism} is the AMC number of a {@code 199}, null for the AMO part.
 */
public record Part(long claimedCents, PartStatus status, long paidCents, String organism) {

}
