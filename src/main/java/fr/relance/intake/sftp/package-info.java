/**
 * How establishments' files reach the drop zone over SFTP.
 * {@link fr.relance.intake.sftp.SftpServer} is the embedded server (command
 * {@code sftp-server}): one key-only account per establishment, chrooted to
 * {@code <drop>/<FINESS>}, write-only {@code in/}, read-only {@code out/}.
 * {@link fr.relance.intake.sftp.RemotePull} downloads from an establishment's own SFTP
 * server into its {@code in/} before intake scans it, keeping a ledger of pulled files
 * under {@code <drop>/.pull/<FINESS>/}. The folder contract and the access rules are
 * documented in {@code ops/sftp/README.md}.
 */
package fr.relance.intake.sftp;
