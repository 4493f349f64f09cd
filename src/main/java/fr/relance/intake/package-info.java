/**
 * The intake stage: files taken from each establishment's drop folder (and remote SFTP),
 * fingerprinted, recognised by content, registered in {@code source_file}, archived or
 * quarantined with a reason. The first stage: uses only {@code establishment} and
 * {@code support}.
 */
package fr.relance.intake;
