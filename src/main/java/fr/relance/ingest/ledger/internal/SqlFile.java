package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SQL kept in {@code .sql} files beside the classes that run it. */
final class SqlFile {

	private SqlFile() {
	}

	static String load(String name) {
		try (InputStream in = SqlFile.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing SQL resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
