package fr.relance.formats.fixedwidth;

/**
 * What a writer puts after each fixed-width record; readers accept all of them, even
 * mixed.
 */
public enum LineEnd {

	NONE(""), LF("\n"), CRLF("\r\n"), CR("\r");

	private final String chars;

	LineEnd(String chars) {
		this.chars = chars;
	}

	public String chars() {
		return chars;
	}

}
