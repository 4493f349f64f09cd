package fr.relance.ingest.patients.internal;

/**
 * One message of an ADT file as cut from it, segments separated by carriage returns, in
 * its own charset.
 *
 * @param number its rank in the file (1 for the first message)
 * @param line the line of the file its MSH segment is on
 */
record RawMessage(int number, int line, String text) {

	/** The line of the file the given segment (0 for MSH) of this message is on. */
	int lineOf(int segmentIndex) {
		return line + segmentIndex;
	}

}
