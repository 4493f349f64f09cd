package fr.relance.formats.noemie;

/**
 * Identity of a NOEMIE file beyond its bytes (docs/formats.md#noemie-identity): the same
 * return re-sent with other line ends has other bytes but the same sender, file id and
 * creation date.
 */
public record FileIdentity(String senderType, String senderNumber, String fileId, String creationDateRaw) {

}
