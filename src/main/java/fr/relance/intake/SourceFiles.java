package fr.relance.intake;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.internal.SourceFileDao;
import fr.relance.support.batch.FileLine;

/** Read access to the file registry for the other stages and the run summary. */
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
				""").bind("runDate", runDate)
			.map((rs, ctx) -> new FileLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
					rs.getString(9)))
			.list());
	}

	/** Files waiting for their import, of one kind, for one establishment, oldest first. */
	public List<SourceFile> received(String finess, String kind) {
		return jdbi.onDemand(SourceFileDao.class).received(finess, kind);
	}

}
