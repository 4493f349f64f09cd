package fr.relance.dunning.stage.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import fr.relance.dunning.CaseSnapshot;
import fr.relance.dunning.scenario.Scenario;

/**
 * Streams the snapshots of an establishment's open cases, in one query, fetched a few
 * thousand rows at a time.
 */
public final class SnapshotReader {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final int FETCH_SIZE = 5_000;

	private final Handle handle;

	public SnapshotReader(Handle handle) {
		this.handle = handle;
	}

	/** The night of the newest ledger imported up to the run date, null when none. */
	public LocalDate lastLedger(String finess, LocalDate runDate) {
		return this.handle.createQuery(SQL.locate(SnapshotReader.class, "lastLedger"))
			.bind("finess", finess)
			.bind("runDate", runDate)
			.mapTo(LocalDate.class)
			.one();
	}

	/**
	 * Feeds every open case to {@code sink}, and every patient owing without an open case
	 * under a provisional case id, minus the patient's id (the case is opened once the
	 * night is decided); needs the night's part table.
	 */
	public long forEachOpenCase(String finess, LocalDate runDate, LocalDate lastLedger, Scenario scenario,
			Consumer<CaseSnapshot> sink) {
		long[] count = { 0 };
		Map<String, LocalDate> stops = new HashMap<>();
		this.handle.createQuery(SQL.locate(SnapshotReader.class, "stops"))
			.bind("finess", finess)
			.bind("runDate", runDate)
			.map((rs, ctx) -> Map.entry(rs.getString("number"), rs.getObject("stopped_on", LocalDate.class)))
			.forEach((stop) -> stops.put(stop.getKey(), stop.getValue()));
		this.handle.createQuery(SQL.locate(SnapshotReader.class, "snapshots"))
			.bind("finess", finess)
			.bind("runDate", runDate)
			.bind("contactsFrom", SnapshotMapper.contactsFrom(runDate))
			.setFetchSize(FETCH_SIZE)
			.map(new SnapshotMapper(finess, lastLedger, scenario, runDate, stops))
			.forEach((snapshot) -> {
				count[0]++;
				sink.accept(snapshot);
			});
		return count[0];
	}

}
