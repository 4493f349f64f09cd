package fr.relance.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import fr.relance.intake.SourceFile;

/** The file registry: every file seen, with its fingerprint and fate. */
@RegisterConstructorMapper(SourceFile.class)
public interface SourceFileDao {

	String COLUMNS = """
			id, finess, kind, original_name, sha256, size_bytes, run_date, status, pending_status, reason_code,
			status_reason, duplicate_of, stored_path, error_report_path""";

	/**
	 * An accepted earlier copy of the same bytes (refused copies do not count: they may
	 * be sent again).
	 */
	@SqlQuery("SELECT " + COLUMNS
			+ " FROM source_file WHERE sha256 = :sha256 AND status NOT IN ('duplicate', 'quarantined', 'arriving')")
	Optional<SourceFile> findAccepted(@Bind("sha256") String sha256);

	/**
	 * The id is drawn first so that the file's destination, which contains it, is
	 * registered with the row.
	 */
	@SqlQuery("SELECT nextval(pg_get_serial_sequence('source_file', 'id'))")
	long nextId();

	@SqlUpdate("""
			INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status,
			    pending_status, reason_code, status_reason, duplicate_of, stored_path)
			VALUES (:id, :finess, :kind, :name, :sha256, :size, :runDate, now(), 'arriving', :pendingStatus, :reasonCode,
			    :reason, :duplicateOf, :storedPath)
			""")
	void insertArriving(@Bind("id") long id, @Bind("finess") String finess, @Bind("kind") String kind,
			@Bind("name") String name, @Bind("sha256") String sha256, @Bind("size") long size,
			@Bind("runDate") LocalDate runDate, @Bind("pendingStatus") String pendingStatus,
			@Bind("reasonCode") String reasonCode, @Bind("reason") String reason, @Bind("duplicateOf") Long duplicateOf,
			@Bind("storedPath") String storedPath);

	/**
	 * The file left in/ before its move (the establishment removed it): nothing was
	 * taken, say so.
	 */
	@SqlUpdate("""
			UPDATE source_file SET status = 'quarantined', pending_status = NULL, reason_code = 'VANISHED',
			    status_reason = 'Le fichier a été retiré du dossier de dépôt avant la fin de sa prise en charge.'
			WHERE id = :id AND status = 'arriving'
			""")
	void vanished(@Bind("id") long id);

	/** The move out of in/ is done: the file takes its intended status. */
	@SqlUpdate("""
			UPDATE source_file SET status = pending_status, pending_status = NULL, error_report_path = :report
			WHERE id = :id AND status = 'arriving'
			""")
	void arrived(@Bind("id") long id, @Bind("report") String errorReportPath);

	/**
	 * A registered file whose intake failed: it goes to the quarantine instead of its
	 * first destination.
	 */
	@SqlUpdate("UPDATE source_file SET pending_status = :status, reason_code = :code, status_reason = :reason, stored_path = :storedPath WHERE id = :id AND status = 'arriving'")
	void reroute(@Bind("id") long id, @Bind("status") String status, @Bind("code") String code,
			@Bind("reason") String reason, @Bind("storedPath") String storedPath);

	@SqlQuery("SELECT count(*) FROM source_file WHERE finess = :finess AND run_date = :runDate")
	int countOfNight(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlQuery("SELECT " + COLUMNS + " FROM source_file WHERE finess = :finess AND status = 'arriving' ORDER BY id")
	List<SourceFile> arriving(@Bind("finess") String finess);

	@SqlQuery("SELECT " + COLUMNS
			+ " FROM source_file WHERE finess = :finess AND status = 'received' AND kind = :kind ORDER BY id")
	List<SourceFile> received(@Bind("finess") String finess, @Bind("kind") String kind);

	@SqlUpdate("""
			UPDATE source_file SET status = :status, imported_at = now(), rows_read = :read, rows_imported = :imported,
			    rows_rejected = :rejected
			WHERE id = :id
			""")
	void imported(@Bind("id") long id, @Bind("status") String status, @Bind("read") long read,
			@Bind("imported") long imported, @Bind("rejected") long rejected);

	@SqlUpdate("UPDATE source_file SET error_report_path = :report WHERE id = :id")
	void reportedAt(@Bind("id") long id, @Bind("report") String report);

	/** Refused whole at import: it now lives in the quarantine. */
	@SqlUpdate("""
			UPDATE source_file SET status = 'quarantined', reason_code = :code, status_reason = :reason,
			    stored_path = :storedPath, error_report_path = :report
			WHERE id = :id
			""")
	void refused(@Bind("id") long id, @Bind("code") String code, @Bind("reason") String reason,
			@Bind("storedPath") String storedPath, @Bind("report") String report);

	@SqlQuery("""
			SELECT line_number AS line, coalesce(field, '') AS field, coalesce(value_masked, '') AS value_masked,
			    reason_code AS code, message_fr
			FROM ingest_reject WHERE source_file_id = :id ORDER BY line_number, id
			""")
	@RegisterConstructorMapper(RejectRow.class)
	List<RejectRow> rejects(@Bind("id") long id);

	/** A stored reject, as read back for the establishment's report. */
	record RejectRow(long line, String field, String valueMasked, String code, String messageFr) {
	}

	@SqlQuery("SELECT " + COLUMNS + " FROM source_file WHERE run_date = :runDate ORDER BY finess, id")
	List<SourceFile> ofRunDate(@Bind("runDate") LocalDate runDate);

	@SqlQuery("SELECT " + COLUMNS + " FROM source_file WHERE id = :id")
	SourceFile get(@Bind("id") long id);

}
