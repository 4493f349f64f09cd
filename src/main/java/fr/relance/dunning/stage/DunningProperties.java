package fr.relance.dunning.stage;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.calendar.SendingWindows;

/**
 * The gates' tunables, as properties {@code relance.dunning.*} (or
 * {@code RELANCE_DUNNING_*}); any value not set keeps its default (see
 * {@link DunningSettings#defaults()}). Validated when the engine starts.
 */
@ConfigurationProperties("relance.dunning")
public record DunningProperties(Integer insurerPendingWindowDays, Integer recentPaymentDays, Integer recentContactDays,
		Integer staleLedgerDays, Integer limitationYears, Integer maxCallsPer30Days, Integer maxSmsPer30Days,
		Integer callRefusalPauseDays, Integer bundlingWindowDays, LocalTime releaseTime, Boolean overseasAbolitionDays,
		Integer planGraceDays, Integer promiseGraceDays) {

	public DunningProperties {
		check("insurer-pending-window-days", insurerPendingWindowDays);
		check("recent-payment-days", recentPaymentDays);
		check("recent-contact-days", recentContactDays);
		check("stale-ledger-days", staleLedgerDays);
		check("limitation-years", limitationYears);
		check("max-calls-per30-days", maxCallsPer30Days);
		check("max-sms-per30-days", maxSmsPer30Days);
		check("call-refusal-pause-days", callRefusalPauseDays);
		check("bundling-window-days", bundlingWindowDays);
		check("plan-grace-days", planGraceDays);
		check("promise-grace-days", promiseGraceDays);
		if (promiseGraceDays != null && promiseGraceDays > DunningSettings.MAX_PROMISE_GRACE_DAYS) {
			throw new IllegalArgumentException("relance.dunning.promise-grace-days must be at most "
					+ DunningSettings.MAX_PROMISE_GRACE_DAYS + ", got " + promiseGraceDays);
		}
	}

	private static void check(String name, Integer value) {
		if (value != null && value < 0) {
			throw new IllegalArgumentException("relance.dunning." + name + " must be 0 or more, got " + value);
		}
	}

	/**
	 * The settings the policy uses: the defaults, overridden by every property that is
	 * set.
	 */
	public DunningSettings settings() {
		DunningSettings d = DunningSettings.defaults();
		return new DunningSettings(or(insurerPendingWindowDays, d.insurerPendingWindowDays()),
				or(recentPaymentDays, d.recentPaymentDays()), or(recentContactDays, d.recentContactDays()),
				or(staleLedgerDays, d.staleLedgerDays()),
				limitationYears != null ? limitationYears : d.limitationYears(),
				or(maxCallsPer30Days, d.maxCallsPer30Days()), or(maxSmsPer30Days, d.maxSmsPer30Days()),
				or(callRefusalPauseDays, d.callRefusalPauseDays()), or(bundlingWindowDays, d.bundlingWindowDays()),
				SendingWindows.standard(), releaseTime != null ? releaseTime : d.releaseTime(),
				overseasAbolitionDays != null ? overseasAbolitionDays : d.overseasAbolitionDays(),
				or(planGraceDays, d.planGraceDays()), or(promiseGraceDays, d.promiseGraceDays()));
	}

	private static int or(Integer value, int defaultValue) {
		return value != null ? value : defaultValue;
	}

}
