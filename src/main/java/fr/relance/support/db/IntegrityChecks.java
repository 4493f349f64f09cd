package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The checks of {@code sql/checks/}: what the foreign keys replaced by set-based checks
 * before commit guarded against, and the sums that must tie. Each file is one query
 * listing the rows that break its rule (none when the data is sound), its leading comment
 * the rule. Run by {@code ops/relance check}, read-only.
 */
@Component
public class IntegrityChecks {

	/** At most this many offending rows are quoted per check. */
	static final int EXAMPLES = 5;

	private final Jdbi jdbi;

	IntegrityChecks(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param name the check's file name without {@code .sql}
	 * @param rule what the check guards, from the file's leading comment
	 * @param violations how many rows break it
	 * @param examples the first of them
	 */
	public record Result(String name, String rule, long violations, List<String> examples) {

		public boolean passed() {
			return violations == 0;
		}

	}

	/** Every check, by name, on the whole database, in one read-only transaction. */
	public List<Result> run() {
		List<Resource> checks = checks();
		return jdbi.inTransaction(handle -> {
			handle.execute("SET TRANSACTION READ ONLY");
			List<Result> results = new ArrayList<>();
			for (Resource check : checks) {
				String sql = read(check);
				List<String> rows = handle.createQuery(sql).mapTo(String.class).list();
				results.add(new Result(check.getFilename().replaceFirst("\\.sql$", ""), rule(sql), rows.size(),
						rows.subList(0, Math.min(EXAMPLES, rows.size()))));
			}
			return results;
		});
	}

	private static List<Resource> checks() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/checks/*.sql");
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the integrity checks (sql/checks)", e);
		}
	}

	private static String read(Resource check) {
		try (var in = check.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the integrity check " + check.getFilename(), e);
		}
	}

	/** The leading comment lines, joined. */
	private static String rule(String sql) {
		return sql.lines()
			.takeWhile(line -> line.startsWith("--"))
			.map(line -> line.substring(2).strip())
			.collect(Collectors.joining(" "));
	}

}
