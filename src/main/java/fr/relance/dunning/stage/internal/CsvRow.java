package fr.relance.dunning.stage.internal;

import java.util.List;

/**
 * Appends one row in PostgreSQL's COPY CSV format: text always quoted (so an empty string stays distinct from
 * NULL, written as nothing), numbers as they are, text arrays as quoted array literals.
 */
final class CsvRow {

	private final StringBuilder out;

	private boolean first = true;

	CsvRow(StringBuilder out) {
		this.out = out;
	}

	CsvRow text(String value) {
		separator();
		if (value != null) {
			quoted(value);
		}
		return this;
	}

	CsvRow number(Object value) {
		separator();
		if (value != null) {
			this.out.append(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
		}
		return this;
	}

	CsvRow array(List<String> values) {
		StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text(literal.append('}').toString());
	}

	void end() {
		this.out.append('\n');
	}

	private void separator() {
		if (!this.first) {
			this.out.append(',');
		}
		this.first = false;
	}

	private void quoted(String value) {
		this.out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				this.out.append('"');
			}
			this.out.append(c);
		}
		this.out.append('"');
	}

}
