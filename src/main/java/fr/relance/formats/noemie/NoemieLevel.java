package fr.relance.formats.noemie;

/** Level of the file at which a problem was found. */
public enum NoemieLevel {

	FILE, RECORD, ENTITY, PAYEE, TRANSFER, LOT, INVOICE

}
