package fr.relance.intake.sftp;

/**
 * A file taken from an establishment's remote SFTP server, as written in the pull ledger.
 *
 * @param name file name, the same in {@code in/} as on the remote
 * @param size bytes
 * @param sha256 lower-case hexadecimal SHA-256 of the bytes delivered to {@code in/}
 * @param remotePath where it was on the remote server
 */
public record PulledFile(String name, long size, String sha256, String remotePath) {
}
