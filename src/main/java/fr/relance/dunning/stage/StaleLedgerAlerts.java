package fr.relance.dunning.stage;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.stage.internal.SnapshotReader;

/**
 * An establishment whose newest ledger is older than the stale-ledger limit gets no
 * patient action at all (gate STALE_ESTABLISHMENT_DATA): ops are alerted every night it
 * lasts, since only a new ledger from the establishment lifts it.
 */
final class StaleLedgerAlerts {

	private static final Logger log = LoggerFactory.getLogger(StaleLedgerAlerts.class);

	private final DunningSettings settings;

	StaleLedgerAlerts(DunningSettings settings) {
		this.settings = settings;
	}

	/**
	 * The alert for the establishment on the run date, empty when its data is fresh
	 * enough.
	 */
	Optional<String> check(Handle handle, String finess, LocalDate runDate) {
		LocalDate last = new SnapshotReader(handle).lastLedger(finess, runDate);
		if (!this.settings.ledgerStale(last, runDate)) {
			return Optional.empty();
		}
		String alert = "establishment " + finess + ": "
				+ (last == null ? "no ledger ever received"
						: "newest ledger received " + last + ", " + (runDate.toEpochDay() - last.toEpochDay())
								+ " days old (limit " + this.settings.staleLedgerDays() + ")")
				+ ", no patient action until a new ledger arrives";
		log.warn("ALERT {}", alert);
		return Optional.of(alert);
	}

}
