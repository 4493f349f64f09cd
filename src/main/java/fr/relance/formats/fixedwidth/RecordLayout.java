package fr.relance.formats.fixedwidth;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one record or entity type, declared as data. Checked once when declared:
 * unique names, no overlap, every field inside the nominal length.
 */
public final class RecordLayout {

	private final String name;

	private final int length;

	private final List<FieldSpec> fields;

	private final Map<String, FieldSpec> byName = new HashMap<>();

	private final int requiredLength;

	private RecordLayout(String name, int length, List<FieldSpec> fields) {
		this.name = name;
		this.length = length;
		this.fields = List.copyOf(fields);
		int required = 0;
		FieldSpec previous = null;
		for (FieldSpec field : this.fields.stream().sorted(Comparator.comparingInt(FieldSpec::start)).toList()) {
			if (byName.put(field.name(), field) != null) {
				throw new IllegalArgumentException(name + ": field declared twice: " + field.name());
			}
			if (previous != null && field.start() <= previous.end()) {
				throw new IllegalArgumentException(name + ": " + field.name() + " overlaps " + previous.name());
			}
			if (field.end() > length) {
				throw new IllegalArgumentException(name + ": " + field.name() + " ends after position " + length);
			}
			required = Math.max(required, field.end());
			previous = field;
		}
		this.requiredLength = required;
	}

	/**
	 * Declares a layout.
	 * @param name record or entity type, used in error messages
	 * @param length nominal length of the record or entity (without any delimiter)
	 */
	public static RecordLayout of(String name, int length, FieldSpec... fields) {
		return new RecordLayout(name, length, List.of(fields));
	}

	public String name() {
		return name;
	}

	public int length() {
		return length;
	}

	public List<FieldSpec> fields() {
		return fields;
	}

	/** Shortest text that holds every declared field. */
	public int requiredLength() {
		return requiredLength;
	}

	/** The field of that name; an unknown name is a programming error. */
	public FieldSpec field(String fieldName) {
		FieldSpec spec = byName.get(fieldName);
		if (spec == null) {
			throw new IllegalArgumentException(name + " has no field " + fieldName);
		}
		return spec;
	}

	@Override
	public String toString() {
		return "RecordLayout[" + name + ", " + fields.size() + " fields]";
	}

}
