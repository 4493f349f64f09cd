package fr.relance.formats.b2;

import fr.relance.formats.b2.internal.B2Assembler;
import fr.relance.formats.b2.internal.B2Layouts;
import fr.relance.formats.fixedwidth.Envelope;

/**
 * Tells a B2 file by its content, for the intake stage: a {@code 000} header, then a
 * {@code 1} start-of-lot record whose positions 2-10 are the sender's 9 characters, and
 * no {@code @} (the NOEMIE entity delimiter) in those two records. Give it at least the
 * first 512 bytes.
 */
public final class B2Sniffer {

	private B2Sniffer() {
	}

	public static boolean looksLikeB2(byte[] head) {
		if (!Envelope.startsWithHeader(head) || Envelope.contains(head, 0, B2Layouts.RECORD_LENGTH, (byte) '@')) {
			return false;
		}
		int second = Envelope.secondRecordStart(head);
		if (second < 0 || second < B2Layouts.RECORD_LENGTH || head[second] != '1'
				|| head.length < second + B2Layouts.RECORD_LENGTH) {
			return false;
		}
		return !Envelope.contains(head, second, B2Layouts.RECORD_LENGTH, (byte) '@');
	}

	/**
	 * The {@code 000} header (sender and addressee identifiers, norm).
	 * @throws B2FormatException when the first 128 bytes are not a B2 header
	 */
	public static B2Header readHeader(byte[] head) {
		if (head == null || head.length < B2Layouts.RECORD_LENGTH || !Envelope.startsWithHeader(head)) {
			throw new B2FormatException(B2Reason.NOT_B2, 1, 0, "no 128-character 000 header", null);
		}
		char[] chars = new char[B2Layouts.RECORD_LENGTH];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) (head[i] & 0xff);
		}
		B2Header[] header = new B2Header[1];
		new B2Assembler(B2Options.strictDefaults(), event -> header[0] = (B2Header) event).record(chars, 1, 0);
		return header[0];
	}

}
