package fr.relance.testworld.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * A world of many rows written by set-based SQL, the one way the benchmarks build their
 * data: {@code .sql} resources run in the order they are added, on one handle, each with
 * every binding of the world (a script ignores those it does not name), then
 * {@code ANALYZE} so that the measured statements are planned on the rows just written.
 * <p>
 * A world's own scripts (its distributions, what its benchmark measures) are
 * {@code <package>/<World>/<name>.sql} beside the class given to {@link #of}; the pieces
 * several worlds share are {@code fr/relance/testworld/bulk/BulkWorld/<name>.sql}, added
 * with their bindings by {@link #establishment} and {@link #ledgerFile}.
 */
public final class BulkWorld {

	private static final ClasspathSqlLocator SCRIPTS = ClasspathSqlLocator.removingComments();

	private final Class<?> world;

	private final List<HandleConsumer<RuntimeException>> steps = new ArrayList<>();

	private final Map<String, Object> bindings = new LinkedHashMap<>();

	private BulkWorld(Class<?> world) {
		this.world = world;
	}

	/**
	 * An empty world whose own scripts live beside {@code world}.
	 * @param world the class the scripts of {@link #own} are named after
	 * @return the world, to add scripts and bindings to
	 */
	public static BulkWorld of(Class<?> world) {
		return new BulkWorld(world);
	}

	/**
	 * Binds a value every script may name as {@code :name}.
	 * @param name the name in the scripts
	 * @param value bound by its Java type: an {@code int} stays an {@code integer}, a
	 * {@code long} a {@code bigint}
	 * @return this world
	 */
	public BulkWorld bind(String name, Object value) {
		this.bindings.put(name, value);
		return this;
	}

	/**
	 * The establishment row of {@code :finess} (private clinic, standard ledger).
	 * @param legalName its legal name
	 * @return this world
	 */
	public BulkWorld establishment(String legalName) {
		return bind("legalName", legalName).script(BulkWorld.class, "establishment");
	}

	/**
	 * The imported ledger file of {@code :finess} that the generated rows cite as
	 * {@code :ledgerFile}.
	 * @param id its id, fixed so that the scripts can cite it before it is written
	 * @param sha256 its fingerprint, unique per establishment
	 * @param runDate the night it was imported
	 * @param receivedAt when it arrived, in the session's time zone
	 * @return this world
	 */
	public BulkWorld ledgerFile(long id, String sha256, LocalDate runDate, LocalDateTime receivedAt) {
		return bind("ledgerFile", id).bind("ledgerSha256", sha256)
			.bind("ledgerRunDate", runDate)
			.bind("ledgerReceivedAt", receivedAt)
			.script(BulkWorld.class, "ledger-file");
	}

	/**
	 * Adds scripts of the world's own, in this order.
	 * @param names the scripts' names, {@code <package>/<World>/<name>.sql}
	 * @return this world
	 */
	public BulkWorld own(String... names) {
		for (String name : names) {
			script(this.world, name);
		}
		return this;
	}

	/**
	 * Adds a step SQL alone cannot write (a value computed in Java), run in its turn
	 * among the scripts.
	 * @param step what to do on the world's handle
	 * @return this world
	 */
	public BulkWorld then(HandleConsumer<RuntimeException> step) {
		this.steps.add(step);
		return this;
	}

	/**
	 * Writes the world: every step in order, then {@code ANALYZE}.
	 * @param jdbi the database
	 */
	public void build(Jdbi jdbi) {
		jdbi.useHandle((h) -> {
			for (HandleConsumer<RuntimeException> step : this.steps) {
				step.useHandle(h);
			}
			h.execute("ANALYZE");
		});
	}

	/**
	 * The text of a world's script, for a statement a {@link #then} step runs itself.
	 * @param owner the class the script is named after
	 * @param name {@code <package>/<Owner>/<name>.sql}
	 * @return the script without its comments
	 */
	public static String sql(Class<?> owner, String name) {
		return SCRIPTS.locate(owner, name);
	}

	private BulkWorld script(Class<?> owner, String name) {
		// read now: a missing script fails where the world is described, not mid-build
		String sql = sql(owner, name);
		return then((h) -> h.createUpdate(sql)
			.bindMap(this.bindings)
			.configure(SqlStatements.class, (c) -> c.setUnusedBindingAllowed(true))
			.execute());
	}

}
