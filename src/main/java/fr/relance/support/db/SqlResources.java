package fr.relance.support.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Long SQL statements live in {@code .sql} files beside the class that runs them; read
 * once, then cached.
 */
public final class SqlResources {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private SqlResources() {
	}

	/** The text of {@code name}, resolved relative to {@code anchor}'s package. */
	public static String load(Class<?> anchor, String name) {
		return CACHE.computeIfAbsent(anchor.getPackageName() + "/" + name, key -> {
			try (InputStream in = anchor.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("missing SQL resource " + key);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

}
