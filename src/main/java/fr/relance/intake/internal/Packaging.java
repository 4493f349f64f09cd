package fr.relance.intake.internal;

import java.util.Optional;

import fr.relance.intake.FileHead;
import fr.relance.intake.Refusal;

/**
 * Recognises, by their first bytes, files that no reader can take as they are: archives
 * and compressed files (an establishment zipped its exports), and text in UTF-16 or
 * UTF-32 (a spreadsheet's "Unicode text" export). Their refusal says what to drop
 * instead, where "unknown format" or "wrong charset" would send the establishment looking
 * for the wrong mistake.
 */
final class Packaging {

	private Packaging() {
	}

	static Optional<Refusal> refusal(FileHead head) {
		byte[] b = head.bytes();
		if (starts(b, 0x50, 0x4b, 0x03, 0x04) || starts(b, 0x50, 0x4b, 0x05, 0x06) || starts(b, 0x1f, 0x8b)
				|| starts(b, 0x42, 0x5a, 0x68) || starts(b, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)
				|| starts(b, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) || starts(b, 0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)
				|| starts(b, 0x28, 0xb5, 0x2f, 0xfd) || isTar(b)) {
			return Optional.of(Refusal.ARCHIVE);
		}
		if (starts(b, 0xff, 0xfe) || starts(b, 0xfe, 0xff) || starts(b, 0x00, 0x00, 0xfe, 0xff)) {
			return Optional.of(Refusal.UTF16_OR_UTF32);
		}
		return Optional.empty();
	}

	/** A POSIX tar: "ustar" at offset 257. */
	private static boolean isTar(byte[] b) {
		return b.length > 262 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
	}

	private static boolean starts(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
