package fr.relance.dunning.stage.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.postgresql.PGConnection;

/**
 * The night's CSV files under {@code <out>/<date>/}, each one set-based query streamed by
 * PostgreSQL's COPY straight to disk, written under a temporary name and renamed when
 * complete. UTF-8, comma-separated, one header line. Patient ids are masked as
 * {@code Masking.tail(id, 4)} does; no medical data is selected.
 */
public final class CsvExport {

	private static final String MASKED = "repeat('*', length(p.external_id) - least(4, length(p.external_id) / 2))"
			+ " || right(p.external_id, least(4, length(p.external_id) / 2))";

	/**
	 * The decisions of a night: {@code CsvExport/decisions.sql}, {@code <night>} and
	 * {@code <masked>} filled in.
	 */
	private static final String DECISIONS = ClasspathSqlLocator.create()
		.getResource(CsvExport.class.getClassLoader(), "fr/relance/dunning/stage/internal/CsvExport/decisions.sql");

	private static final String CALIBRATION = """
			SELECT finess, run_date, scenario_version, step_id, band, acted_paid, acted_unpaid, control_paid,
			       control_unpaid, prior_uplift, base_rate, credited, alpha, beta, uplift
			FROM dunning_calibration
			WHERE run_date = DATE '%s'
			ORDER BY finess, step_id, band""";

	/**
	 * For the export only: a million decisions are joined and sorted in memory (with the
	 * default work_mem the sort and the hash joins spill to disk).
	 */
	private static final String WORK_MEM = "SET work_mem = '256MB'";

	private final Handle handle;

	public CsvExport(Handle handle) {
		this.handle = handle;
	}

	/**
	 * {@code dunning-decisions.csv}: every case decided that night with its decision,
	 * whether recorded that night or unchanged since {@code decided_on}; returns the
	 * file.
	 */
	public Path decisions(Path out, LocalDate runDate) {
		// COPY takes no parameters: the date is a LocalDate's ISO text, nothing from
		// outside
		String query = DECISIONS.replace("<night>", "DATE '" + runDate + "'").replace("<masked>", MASKED);
		return export(query, out, runDate, "dunning-decisions.csv");
	}

	/**
	 * {@code dunning-calibration.csv}: the uplifts calibrated that night, with the counts
	 * behind them.
	 */
	public Path calibration(Path out, LocalDate runDate) {
		return export(String.format(CALIBRATION, runDate), out, runDate, "dunning-calibration.csv");
	}

	private Path export(String query, Path out, LocalDate runDate, String name) {
		try {
			Path dir = Files.createDirectories(out.resolve(runDate.toString()));
			Path target = dir.resolve(name);
			Path tmp = dir.resolve(name + ".tmp");
			try (OutputStream file = Files.newOutputStream(tmp)) {
				this.handle.execute(WORK_MEM);
				this.handle.getConnection()
					.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER)", file);
			}
			finally {
				this.handle.execute("RESET work_mem");
			}
			return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + name + " under " + out, e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot export " + name + ": " + e.getMessage(), e);
		}
	}

}
