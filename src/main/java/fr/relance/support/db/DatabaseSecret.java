package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded PostgreSQL superuser, generated once into
 * {@code <home>/db.secret}, readable by its owner only (mode 600): another local user can
 * reach the port but not log in.
 */
final class DatabaseSecret {

	static final String FILE = "db.secret";

	private DatabaseSecret() {
	}

	static Path file(Path home) {
		return home.resolve(FILE);
	}

	/**
	 * The home's secret, created (mode 600 from the first byte) when the home has none.
	 */
	static String readOrCreate(Path home) {
		Path file = file(home);
		try {
			if (!Files.exists(file)) {
				byte[] random = new byte[32];
				new SecureRandom().nextBytes(random);
				String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
				try {
					Files.createFile(file,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
					Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
				}
				catch (FileAlreadyExistsException e) {
					// written meanwhile by another start: read it below
				}
			}
			String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (secret.isEmpty()) {
				throw new IllegalStateException("the database password file " + file + " is empty");
			}
			return secret;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the database password file " + file, e);
		}
	}

}
