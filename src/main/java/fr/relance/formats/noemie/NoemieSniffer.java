package fr.relance.formats.noemie;

import fr.relance.formats.fixedwidth.ShortDatePattern;
import fr.relance.formats.fixedwidth.Envelope;
import fr.relance.formats.noemie.internal.NoemieAssembler;
import fr.relance.formats.noemie.internal.NoemieLayouts;

/**
 * Tells a NOEMIE file by its content, for the intake stage: a {@code 000} header, then a
 * data record starting with a continuation flag {@code 0} or {@code 1} whose payload
 * holds an {@code @} entity delimiter (B2 never uses {@code @}). Give it at least the
 * first 512 bytes. A NOEMIE file with an empty body (header and trailer only) is not
 * recognised.
 */
public final class NoemieSniffer {

	private NoemieSniffer() {
	}

	public static boolean looksLikeNoemie(byte[] head) {
		if (!Envelope.startsWithHeader(head)) {
			return false;
		}
		int second = Envelope.secondRecordStart(head);
		if (second < 0 || (head[second] != '0' && head[second] != '1')) {
			return false;
		}
		return Envelope.contains(head, second + 1, Envelope.RECORD_LENGTH - 1, (byte) '@');
	}

	/**
	 * Header of a file (sender and addressee identifiers, file identity), {@code yyMMdd}
	 * dates.
	 */
	public static NoemieHeader readHeader(byte[] head) {
		return readHeader(head, ShortDatePattern.YYMMDD);
	}

	/**
	 * Header of a file read with the given date order.
	 * @throws NoemieFormatException when the first 128 bytes are not a {@code 000} header
	 */
	public static NoemieHeader readHeader(byte[] head, ShortDatePattern dates) {
		if (head == null || head.length < NoemieLayouts.RECORD_LENGTH || !Envelope.startsWithHeader(head)) {
			throw new NoemieFormatException(NoemieReason.NOT_NOEMIE, NoemieLevel.FILE, 1, 0,
					"no 128-character 000 header", null);
		}
		char[] chars = new char[NoemieLayouts.RECORD_LENGTH];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) (head[i] & 0xff);
		}
		NoemieHeader[] header = new NoemieHeader[1];
		new NoemieAssembler(NoemieOptions.defaults().withDatePattern(dates), event -> header[0] = (NoemieHeader) event)
			.header(chars, 1);
		return header[0];
	}

}
