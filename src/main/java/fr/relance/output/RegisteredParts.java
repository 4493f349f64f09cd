package fr.relance.output;

/**
 * The batch parts of one kind already registered for an establishment's night.
 *
 * @param parts how many (the next part's sequence is one more)
 * @param items the actions they hold
 */
public record RegisteredParts(int parts, int items) {
}
