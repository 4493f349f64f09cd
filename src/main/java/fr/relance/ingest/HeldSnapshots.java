package fr.relance.ingest;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Ledger snapshots held because they would close too many open invoices, and their confirmation by ops: a confirmed
 * file waits again for its import, which then applies it without the share check.
 */
@Component
public class HeldSnapshots {

	/** One held file, for the alert. */
	public record Held(long id, String finess, String name, String reason) {
	}

	private final Jdbi jdbi;

	HeldSnapshots(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** Marks the file held (it stays where intake archived it). */
	void hold(long id, String reason) {
		jdbi.useHandle(h -> h.createUpdate("UPDATE source_file SET status = 'held', reason_code = '"
				+ SnapshotHeldException.CODE + "', status_reason = :reason WHERE id = :id")
			.bind("id", id).bind("reason", reason).execute());
	}

	/**
	 * Held files still waiting for a decision. One that a newer snapshot of the same establishment has replaced (it
	 * was imported after it) is left out: applying it now would bring back an older ledger. It stays in the archive.
	 */
	public List<Held> all() {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT s.id, s.finess, s.original_name, s.status_reason FROM source_file s
				WHERE s.status = 'held' AND NOT EXISTS (SELECT 1 FROM source_file n WHERE n.finess = s.finess
				    AND n.kind = s.kind AND n.id > s.id AND n.status IN ('imported', 'partially_imported'))
				ORDER BY s.id
				""")
			.map((rs, ctx) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
	}

	public boolean confirmed(long id) {
		return jdbi.withHandle(h -> h.createQuery("SELECT snapshot_confirmed FROM source_file WHERE id = :id")
			.bind("id", id).mapTo(Boolean.class).findOne().orElse(false));
	}

	/**
	 * Confirms the held file with this id or original name: it is imported by the next night that runs, whatever
	 * share it closes.
	 *
	 * @throws IllegalArgumentException when no held file, or more than one, answers to {@code idOrName}
	 */
	public Held confirm(String idOrName) {
		List<Held> matching = all().stream()
			.filter(held -> String.valueOf(held.id()).equals(idOrName) || held.name().equals(idOrName)).toList();
		if (matching.size() != 1) {
			throw new IllegalArgumentException(matching.isEmpty() ? "no held snapshot is named or numbered '" + idOrName
					+ "' (held: " + all().stream().map(h -> h.id() + " " + h.name()).toList() + ")"
					: "several held snapshots are named '" + idOrName + "': give the id of one of "
							+ matching.stream().map(Held::id).toList());
		}
		Held held = matching.get(0);
		jdbi.useHandle(h -> h.createUpdate("UPDATE source_file SET status = 'received', snapshot_confirmed = true,"
				+ " reason_code = NULL, status_reason = NULL WHERE id = :id AND status = 'held'")
			.bind("id", held.id()).execute());
		return held;
	}

}
