package fr.relance.ingest;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Ledger snapshots held because they would close too many open invoices, and their
 * confirmation by ops: a confirmed file waits again for its import, which then applies it
 * without the share check.
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
		jdbi.useExtension(HeldSnapshotDao.class, dao -> dao.hold(id, reason));
	}

	/**
	 * Held files still waiting for a decision. One that a newer snapshot of the same
	 * establishment has replaced (it was imported after it) is left out: applying it now
	 * would bring back an older ledger. It stays in the archive.
	 */
	public List<Held> all() {
		return jdbi.withExtension(HeldSnapshotDao.class, dao -> dao.waiting(null));
	}

	/** The held files of one establishment, as {@link #all()}. */
	public List<Held> of(String finess) {
		return jdbi.withExtension(HeldSnapshotDao.class, dao -> dao.waiting(finess));
	}

	public boolean confirmed(long id) {
		return jdbi.withHandle(h -> h.createQuery("SELECT snapshot_confirmed FROM source_file WHERE id = :id")
			.bind("id", id)
			.mapTo(Boolean.class)
			.findOne()
			.orElse(false));
	}

	/**
	 * Confirms the held file with this id or original name: it is imported by the next
	 * night that runs, whatever share it closes.
	 * @throws IllegalArgumentException when no held file, or more than one, answers to
	 * {@code idOrName}
	 */
	public Held confirm(String idOrName) {
		List<Held> matching = all().stream()
			.filter(held -> String.valueOf(held.id()).equals(idOrName) || held.name().equals(idOrName))
			.toList();
		if (matching.size() != 1) {
			throw new IllegalArgumentException(matching.isEmpty()
					? "no held snapshot is named or numbered '" + idOrName + "' (held: "
							+ all().stream().map(h -> h.id() + " " + h.name()).toList() + ")"
					: "several held snapshots are named '" + idOrName + "': give the id of one of "
							+ matching.stream().map(Held::id).toList());
		}
		Held held = matching.get(0);
		jdbi.useExtension(HeldSnapshotDao.class, dao -> dao.confirm(held.id()));
		return held;
	}

}
