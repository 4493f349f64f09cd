package fr.relance.formats.noemie.internal;

import java.io.IOException;

/**
 * Cuts the input into header, entities and trailer, and hands them to the
 * {@link NoemieAssembler}.
 */
public interface Framing {

	/** Reads the header; false if the input holds no record at all. */
	boolean header() throws IOException;

	/**
	 * Reads one more record or line; false once the trailer has been handled and nothing
	 * follows it.
	 */
	boolean step() throws IOException;

}
