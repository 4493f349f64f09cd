package fr.relance.dunning;

import java.time.LocalDate;
import java.time.LocalTime;

import fr.relance.dunning.calendar.SendingWindows;

/**
 * Tunables of the gates and contact limits, set through the {@code relance.dunning.*}
 * properties. "Within N days" means fewer than N days before the run date (an event N
 * days old no longer holds anything).
 *
 * @param insurerPendingWindowDays an insurer part pending for fewer days than this holds
 * the case; older pending parts no longer hold it (they are the re-billing worklist's
 * business) and are only reported
 * @param recentPaymentDays a patient payment within this many days holds the next step
 * @param recentContactDays a contact not made by the engine within this many days holds
 * the next step
 * @param staleLedgerDays no step when the establishment's newest ledger is older than
 * this many days
 * @param limitationYears overrides the scenario sector's horizon (2 private, 4 public)
 * when not null
 * @param callRefusalPauseDays no call for this many days after the debtor refused calls
 * @param bundlingWindowDays a case whose first letter is not worth its cost waits this
 * long after its earliest due date for other invoices to join it before a write-off is
 * proposed
 * @param planGraceDays an instalment is missed when it is still unpaid this many days
 * after its due date
 * @param releaseTime local time from which a run's actions may go out (SMS and calls then
 * wait for a window)
 * @param promiseGraceDays a payment promise holds the case until its day plus this many
 * days
 */
public record DunningSettings(int insurerPendingWindowDays, int recentPaymentDays, int recentContactDays,
		int staleLedgerDays, Integer limitationYears, int maxCallsPer30Days, int maxSmsPer30Days,
		int callRefusalPauseDays, int bundlingWindowDays, SendingWindows sendingWindows, LocalTime releaseTime,
		boolean overseasAbolitionDays, int planGraceDays, int promiseGraceDays) {

	/**
	 * The longest promise grace: the snapshot reads promises whose day is at most 60 days
	 * past.
	 */
	public static final int MAX_PROMISE_GRACE_DAYS = 30;

	public static DunningSettings defaults() {
		return new DunningSettings(120, 15, 10, 7, null, 4, 2, 60, 90, SendingWindows.standard(), LocalTime.of(8, 0),
				true, 10, 7);
	}

	/**
	 * True when no patient action may be taken: no ledger ever received, or the newest is
	 * too old.
	 */
	public boolean ledgerStale(LocalDate lastLedger, LocalDate runDate) {
		return lastLedger == null || runDate.toEpochDay() - lastLedger.toEpochDay() > this.staleLedgerDays;
	}

	public DunningSettings withLimitationYears(Integer years) {
		return new DunningSettings(this.insurerPendingWindowDays, this.recentPaymentDays, this.recentContactDays,
				this.staleLedgerDays, years, this.maxCallsPer30Days, this.maxSmsPer30Days, this.callRefusalPauseDays,
				this.bundlingWindowDays, this.sendingWindows, this.releaseTime, this.overseasAbolitionDays,
				this.planGraceDays, this.promiseGraceDays);
	}

	public DunningSettings withBundlingWindowDays(int days) {
		return new DunningSettings(this.insurerPendingWindowDays, this.recentPaymentDays, this.recentContactDays,
				this.staleLedgerDays, this.limitationYears, this.maxCallsPer30Days, this.maxSmsPer30Days,
				this.callRefusalPauseDays, days, this.sendingWindows, this.releaseTime, this.overseasAbolitionDays,
				this.planGraceDays, this.promiseGraceDays);
	}

}
