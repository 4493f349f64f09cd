package fr.relance.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;

/**
 * What an importer needs besides its file: the night's date and a sink for rejected rows
 * and for warnings. Both are written to {@code ingest_reject} in the file's transaction
 * and end up in the establishment's error report; the first rejects are kept to explain a
 * whole-file refusal.
 */
public final class ImportContext {

	private static final int KEPT_EXAMPLES = 200;

	private static final int BATCH = 1000;

	private final LocalDate runDate;

	private final SourceFile file;

	private final Jdbi jdbi;

	private final List<ReportedError> pending = new ArrayList<>();

	private final List<ReportedError> examples = new ArrayList<>();

	private long rejected;

	private long warnings;

	private final Set<String> warningCodes = new TreeSet<>();

	private Runnable beforeWriting = () -> {
	};

	ImportContext(LocalDate runDate, SourceFile file, Jdbi jdbi) {
		this.runDate = runDate;
		this.file = file;
		this.jdbi = jdbi;
	}

	public LocalDate runDate() {
		return runDate;
	}

	/** Records one rejected row or field. */
	public void reject(ReportedError error) {
		rejected++;
		if (examples.size() < KEPT_EXAMPLES) {
			examples.add(error);
		}
		pending.add(error);
		if (pending.size() >= BATCH) {
			flush();
		}
	}

	public long rejectedCount() {
		return rejected;
	}

	/**
	 * Records a warning: something odd in a file that is imported all the same. It is
	 * reported to the establishment like a rejected line (file, record, field,
	 * explanation) but rejects nothing.
	 */
	public void warn(ReportedError warning) {
		warnings++;
		warningCodes.add(warning.code());
		pending.add(warning);
		if (pending.size() >= BATCH) {
			flush();
		}
	}

	public long warningCount() {
		return warnings;
	}

	/** The distinct codes of the warnings, for the log line of the file. */
	public Set<String> warningCodes() {
		return Collections.unmodifiableSet(warningCodes);
	}

	/**
	 * Work to run before rejects are written, which happens on the file's connection
	 * every thousand rejects: an importer streaming a COPY on that connection ends it
	 * there (and starts another with its next row), or the connection would wait for the
	 * COPY forever.
	 */
	public void beforeWritingRejects(Runnable work) {
		this.beforeWriting = work;
	}

	/** The first rejects, to explain a refusal of the whole file. */
	public List<ReportedError> examples() {
		return List.copyOf(examples);
	}

	void flush() {
		if (pending.isEmpty()) {
			return;
		}
		beforeWriting.run();
		jdbi.useHandle(handle -> {
			PreparedBatch batch = handle.prepareBatch(
					"""
							INSERT INTO ingest_reject (source_file_id, line_number, field, value_masked, reason_code, message_fr)
							VALUES (:file, :line, :field, :value, :code, :message)
							""");
			for (ReportedError e : pending) {
				batch.bind("file", file.id())
					.bind("line", (int) e.line())
					.bind("field", e.field())
					.bind("value", e.valueMasked())
					.bind("code", e.code())
					.bind("message", e.messageFr())
					.add();
			}
			batch.execute();
		});
		pending.clear();
	}

}
