package fr.relance.ingest.payments;

import java.util.Arrays;

/**
 * The slash-joined local names from the root to the current element, e.g.
 * {@code /Document/BkToCstmrStmt/Stmt/Ntry/Amt}. Fields are picked by path, so a
 * {@code Nm} under {@code Cdtr} is never taken for the debtor's; elements of a foreign
 * namespace get a {@code ~} so no path of ours matches them.
 */
final class ElementPath {

	/**
	 * camt.053 is about 15 levels deep; a much deeper file is an attack on memory, not a
	 * statement.
	 */
	static final int MAX_DEPTH = 100;

	private final StringBuilder path = new StringBuilder(128);

	private int[] lengths = new int[16];

	private int depth;

	/** False when the file nests deeper than {@link #MAX_DEPTH}. */
	boolean push(String localName, boolean ownNamespace) {
		if (this.depth == MAX_DEPTH) {
			return false;
		}
		if (this.depth == this.lengths.length) {
			this.lengths = Arrays.copyOf(this.lengths, this.depth * 2);
		}
		this.lengths[this.depth++] = this.path.length();
		this.path.append('/');
		if (!ownNamespace) {
			this.path.append('~');
		}
		this.path.append(localName);
		return true;
	}

	void pop() {
		this.path.setLength(this.lengths[--this.depth]);
	}

	int depth() {
		return this.depth;
	}

	/**
	 * The path below {@code prefix} (without the slash), or null when the current element
	 * is not below it.
	 */
	String below(String prefix) {
		int length = prefix.length();
		if (this.path.length() <= length + 1 || this.path.charAt(length) != '/') {
			return null;
		}
		for (int i = 0; i < length; i++) {
			if (this.path.charAt(i) != prefix.charAt(i)) {
				return null;
			}
		}
		return this.path.substring(length + 1);
	}

	boolean is(String expected) {
		return CharSequence.compare(this.path, expected) == 0;
	}

	@Override
	public String toString() {
		return this.path.toString();
	}

}
