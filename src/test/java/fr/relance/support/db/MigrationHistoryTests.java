package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations are history: a database that applied a migration keeps its checksum in
 * Flyway's history table, so a merged migration that changes breaks every installed
 * engine at its next start, and one that arrives with a lower version than an applied one
 * is never run. {@code sql/migrations.sha256} (the format of {@code sha256sum}, in the
 * order the migrations were merged) is that history; this check runs without a database,
 * before anything ships.
 */
class MigrationHistoryTests {

	/**
	 * The project's {@code sql/} folder; surefire runs the tests from the project
	 * directory.
	 */
	private static final Path SQL = Path.of("sql");

	@Test
	void mergedMigrationsAreUnchangedAndEveryMigrationIsListedInVersionOrder() {
		List<String> problems = problems(SQL);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
		assertThat(listed(SQL)).as("the list holds the migrations of the first data model").hasSizeGreaterThan(10);
	}

	@Test
	void aChangedMergedMigrationIsRefused(@TempDir Path sql) throws IOException {
		history(sql, "V1__one.sql", "V2__two.sql");
		Files.writeString(sql.resolve("migrations/V2__two.sql"), "-- edited\n", StandardOpenOption.APPEND);

		assertThat(problems(sql)).singleElement()
			.asString()
			.contains("migrations/V2__two.sql", "a merged migration must never change: add a new migration");
	}

	@Test
	void aMissingMergedMigrationIsRefused(@TempDir Path sql) throws IOException {
		history(sql, "V1__one.sql", "V2__two.sql");
		Files.delete(sql.resolve("migrations/V1__one.sql"));

		assertThat(problems(sql)).singleElement()
			.asString()
			.contains("migrations/V1__one.sql", "is missing", "a merged migration must never change");
	}

	@Test
	void anUnlistedMigrationIsRefusedWithTheCommandThatListsIt(@TempDir Path sql) throws IOException {
		history(sql, "V1__one.sql");
		Files.writeString(sql.resolve("migrations/V2__two.sql"), "SELECT 2;\n");

		assertThat(problems(sql)).singleElement()
			.asString()
			.contains("migrations/V2__two.sql is not in sql/migrations.sha256",
					"(cd sql && sha256sum migrations/V2__two.sql >> migrations.sha256)");
	}

	@Test
	void aMigrationListedAfterAHigherVersionIsRefused(@TempDir Path sql) throws IOException {
		history(sql, "V1.10__ten.sql", "V1.9__nine.sql");

		assertThat(problems(sql)).singleElement()
			.asString()
			.contains("migrations/V1.9__nine.sql", "version 1.9", "not higher than 1.10");
	}

	@Test
	void twoMigrationsOfOneVersionAreRefused(@TempDir Path sql) throws IOException {
		history(sql, "V20261203.10__a.sql", "V20261203_10__b.sql");

		assertThat(problems(sql)).singleElement()
			.asString()
			.contains("migrations/V20261203_10__b.sql", "version 20261203.10, not higher than 20261203.10");
	}

	@Test
	void versionsCompareAsFlywayDoesNumberByNumber() {
		assertThat(compare(version("V20261203.10__x.sql"), version("V20261125.01__y.sql"))).isPositive();
		assertThat(compare(version("V1.10__x.sql"), version("V1.9__y.sql"))).isPositive();
		assertThat(compare(version("V1_2__x.sql"), version("V1.2.0__y.sql"))).isZero();
		assertThat(version("R__repeatable.sql")).isNull();
	}

	// ---- the check ----

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)");

	private static final Pattern VERSIONED = Pattern.compile("migrations/V([0-9]+(?:[._][0-9]+)*)__[^/]+\\.sql");

	/**
	 * What is wrong with the migrations of {@code sql} against their list, one message
	 * per problem.
	 */
	static List<String> problems(Path sql) {
		List<String> problems = new ArrayList<>();
		Map<String, String> listed = listed(sql);
		List<BigInteger> highest = null;
		String highestName = null;
		for (Map.Entry<String, String> entry : listed.entrySet()) {
			String name = entry.getKey();
			Path file = sql.resolve(name);
			if (!Files.isRegularFile(file)) {
				problems.add(name + " is listed in sql/migrations.sha256 but is missing: a merged migration must never "
						+ "change: add a new migration instead (databases that applied it keep its checksum)");
			}
			else if (!sha256(file).equals(entry.getValue())) {
				problems
					.add(name + " differs from its checksum in sql/migrations.sha256: a merged migration must never "
							+ "change: add a new migration instead (databases that applied it keep its checksum)");
			}
			List<BigInteger> version = version(name);
			if (version == null) {
				problems.add(name + " is not a versioned migration (V<version>__<description>.sql)");
			}
			else if (highest != null && compare(version, highest) <= 0) {
				problems.add(name + " has version " + text(version) + ", not higher than " + text(highest) + " of "
						+ highestName + " listed before it: a new migration needs a version above every merged one "
						+ "(rename it before it is merged; never rename a merged one)");
			}
			if (version != null && (highest == null || compare(version, highest) > 0)) {
				highest = version;
				highestName = name;
			}
		}
		for (String name : onDisk(sql)) {
			if (!listed.containsKey(name)) {
				problems.add(name + " is not in sql/migrations.sha256: once its version is above every listed one, "
						+ "append it with: (cd sql && sha256sum " + name + " >> migrations.sha256)");
			}
		}
		return problems;
	}

	/** Listed file name to checksum, in the order of the list. */
	static Map<String, String> listed(Path sql) {
		Map<String, String> listed = new LinkedHashMap<>();
		try {
			int number = 0;
			for (String line : Files.readAllLines(sql.resolve("migrations.sha256"), StandardCharsets.UTF_8)) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Matcher m = LINE.matcher(line.strip());
				if (!m.matches()) {
					throw new AssertionError("sql/migrations.sha256 line " + number
							+ " is not '<sha256>  migrations/<file>' (the output of sha256sum): " + line);
				}
				if (listed.put(m.group(2), m.group(1)) != null) {
					throw new AssertionError(
							"sql/migrations.sha256 line " + number + " lists " + m.group(2) + " twice");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return listed;
	}

	private static List<String> onDisk(Path sql) {
		try (Stream<Path> files = Files.list(sql.resolve("migrations"))) {
			return files.map(f -> "migrations/" + f.getFileName()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Flyway's reading of a version: numbers separated by dots or underscores; null when
	 * not versioned.
	 */
	static List<BigInteger> version(String name) {
		Matcher m = VERSIONED.matcher(name.startsWith("migrations/") ? name : "migrations/" + name);
		if (!m.matches()) {
			return null;
		}
		List<BigInteger> parts = new ArrayList<>();
		for (String part : m.group(1).split("[._]")) {
			parts.add(new BigInteger(part));
		}
		return parts;
	}

	/**
	 * Number by number, a missing trailing number counting as 0 (1.2 equals 1.2.0), as
	 * Flyway compares.
	 */
	static int compare(List<BigInteger> a, List<BigInteger> b) {
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
			BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
			int c = x.compareTo(y);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static String text(List<BigInteger> version) {
		return String.join(".", version.stream().map(BigInteger::toString).toList());
	}

	private static String sha256(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A sql/ folder whose migrations are these files, listed in this order with their
	 * true checksums.
	 */
	private static void history(Path sql, String... names) throws IOException {
		Files.createDirectories(sql.resolve("migrations"));
		StringBuilder list = new StringBuilder();
		for (String name : names) {
			Path file = sql.resolve("migrations").resolve(name);
			Files.writeString(file, "SELECT '" + name + "';\n");
			list.append(sha256(file)).append("  migrations/").append(name).append('\n');
		}
		Files.writeString(sql.resolve("migrations.sha256"), list);
	}

}
