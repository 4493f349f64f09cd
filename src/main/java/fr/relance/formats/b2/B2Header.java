package fr.relance.formats.b2;

/**
 * Record {@code 000}, start of file. Numbers as written (the intake normalises the
 * FINESS); {@code norm} is {@code CP} for the establishment variant.
 */
public record B2Header(String senderType, String senderNumber, String addresseeType, String addresseeNumber,
		String fileId, String creationDateRaw, String norm, String normVersion) implements B2Event {

	public B2Layout layout() {
		return "CP".equals(norm.strip()) ? B2Layout.CP : B2Layout.STANDARD;
	}

}
