package fr.relance.output;

/**
 * An action that went out in a batch file.
 *
 * @param templateVersion version of the template it was rendered with, null for channels
 * without templates
 * @param firstPage first page of the action in its batch file (1-based), 0 for files
 * without pages
 * @param pages pages it took, 0 for files without pages
 */
public record EmittedAction(long actionId, String templateVersion, int firstPage, int pages) {
}
