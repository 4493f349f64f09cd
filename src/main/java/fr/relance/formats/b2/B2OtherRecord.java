package fr.relance.formats.b2;

/**
 * A record outside any invoice that the reader does not interpret, kept raw. May hold
 * personal data.
 */
public record B2OtherRecord(String type, String text, long recordNumber) implements B2Event {

	@Override
	public String toString() {
		return "B2OtherRecord[type=" + type + ", record=" + recordNumber + "]";
	}

}
