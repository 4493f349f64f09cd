/**
 * Details of the SFTP server and of the remote pull: the accounts built from
 * establishment files, key authentication, the per-path access rules, the connection log,
 * the SFTP client side and the ledger of pulled files.
 */
package fr.relance.intake.sftp.internal;
