package fr.relance.formats.fixedwidth;

/**
 * Helpers for sniffing the first bytes of a file made of a 128-character {@code 000}
 * header and what follows, with or without line ends. ISO-8859-1: one byte is one
 * character.
 */
public final class Envelope {

	public static final int RECORD_LENGTH = 128;

	private Envelope() {
	}

	/** True when {@code head} starts with {@code 000}. */
	public static boolean startsWithHeader(byte[] head) {
		return head != null && head.length >= 3 && head[0] == '0' && head[1] == '0' && head[2] == '0';
	}

	/**
	 * Index where the second record starts: after the first line end if the header line
	 * is cut short (logical files), else after 128 characters and any line end; -1 when
	 * {@code head} ends first.
	 */
	public static int secondRecordStart(byte[] head) {
		int i = 0;
		while (i < head.length && i < RECORD_LENGTH && head[i] != '\r' && head[i] != '\n') {
			i++;
		}
		while (i < head.length && (head[i] == '\r' || head[i] == '\n')) {
			i++;
		}
		return i < head.length ? i : -1;
	}

	/** True when byte {@code b} occurs in {@code head[from, from + count)}. */
	public static boolean contains(byte[] head, int from, int count, byte b) {
		for (int i = from; i < Math.min(head.length, from + count); i++) {
			if (head[i] == b) {
				return true;
			}
		}
		return false;
	}

}
