package fr.relance.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.internal.SourceFileDao;
import fr.relance.support.batch.FileLine;

/**
 * The file registry as the other stages see it: which files wait for their import, and
 * what became of them. Only intake registers files and moves them into the quarantine
 * ({@link Quarantine}).
 */
@Component
public class SourceFiles {

	private final Jdbi jdbi;

	SourceFiles(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** Files registered for a night, for the ops summary: names and fates only. */
	public List<FileLine> ofNight(LocalDate runDate) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT finess, original_name, kind, status, reason_code, rows_read, rows_imported, rows_rejected,
				       error_report_path
				FROM source_file WHERE run_date = :runDate ORDER BY finess, id
				""")
			.bind("runDate", runDate)
			.map((rs, ctx) -> new FileLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
					rs.getString(9)))
			.list());
	}

	/**
	 * Files waiting for their import, of one kind, for one establishment, oldest first.
	 */
	public List<SourceFile> received(String finess, String kind) {
		return jdbi.onDemand(SourceFileDao.class).received(finess, kind);
	}

	/** The file was imported in full, or with rejected rows (partially). */
	public void markImported(long id, boolean partial, long read, long imported, long rejected) {
		jdbi.onDemand(SourceFileDao.class)
			.imported(id, partial ? "partially_imported" : "imported", read, imported, rejected);
	}

	/** The rows of the file's error report: its rejected rows and warnings, by line. */
	public List<ReportedError> reportRows(SourceFile file) {
		return jdbi.onDemand(SourceFileDao.class)
			.rejects(file.id())
			.stream()
			.map(r -> new ReportedError(file.originalName(), r.line(), r.field(), r.valueMasked(), r.code(),
					r.messageFr()))
			.toList();
	}

	/** Where the establishment's error report of the file was written. */
	public void reportedAt(long id, Path report) {
		jdbi.onDemand(SourceFileDao.class).reportedAt(id, report.toString());
	}

}
