package fr.relance.support.config;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the engine keeps its state and finds its inputs. Every value can be given as a
 * command option, a Spring property ({@code relance.home}) or an environment variable
 * ({@code RELANCE_HOME}).
 *
 * @param home engine home: the embedded database and, by default, the drop zone and
 * outputs live under it
 * @param drop drop-zone root ({@code <drop>/<FINESS>/in}); default {@code <home>/drop}
 * @param out ops outputs (run summaries, letters, SMS batches); default
 * {@code <home>/out}
 * @param jobs job definitions, dunning scenarios, mapping profiles; default
 * {@code ./jobs}
 * @param establishments establishment configuration files; default
 * {@code <jobs>/establishments}
 * @param zone business time zone
 * @param embeddedDb settings of the embedded PostgreSQL used when no datasource URL is
 * set
 * @param db timeouts of every database connection, embedded or external
 */
@ConfigurationProperties("relance")
public record RelanceProperties(Path home, Path drop, Path out, Path jobs, Path establishments, ZoneId zone,
		EmbeddedDb embeddedDb, DatabaseTimeouts db) {

	public RelanceProperties {
		home = home == null ? Path.of("var") : home;
		drop = drop == null ? home.resolve("drop") : drop;
		out = out == null ? home.resolve("out") : out;
		jobs = jobs == null ? Path.of("jobs") : jobs;
		establishments = establishments == null ? jobs.resolve("establishments") : establishments;
		zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
		embeddedDb = embeddedDb == null ? new EmbeddedDb(false, null) : embeddedDb;
		db = db == null ? new DatabaseTimeouts(null, null, null) : db;
		if (embeddedDb.binaries() == null) {
			embeddedDb = new EmbeddedDb(embeddedDb.fast(), home.resolve("postgres"));
		}
	}

	/** Directory of the embedded PostgreSQL cluster. */
	public Path databaseDirectory() {
		return home.resolve("pgdata");
	}

	/**
	 * @param fast trade durability for speed (fsync off): for tests and the demo only,
	 * never for real nights
	 * @param binaries private folder the PostgreSQL binaries are unpacked into; default
	 * {@code <home>/postgres}
	 */
	public record EmbeddedDb(boolean fast, Path binaries) {
	}

}
