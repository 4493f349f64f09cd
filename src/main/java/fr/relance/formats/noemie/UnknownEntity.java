package fr.relance.formats.noemie;

/**
 * An entity this reader does not interpret, kept raw and otherwise skipped: the {@code @}
 * delimiter lets new references add entities without breaking the reader. The text may
 * contain personal data: do not log it.
 */
public record UnknownEntity(String type, String level, String text, long recordNumber) implements NoemieEvent {

	@Override
	public String toString() {
		return "UnknownEntity[type=" + type + ", level=" + level + ", length=" + text.length() + ", record="
				+ recordNumber + "]";
	}

}
