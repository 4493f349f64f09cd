package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import fr.relance.dunning.DunningSettings;

class DunningPropertiesTests {

	@Test
	void aPropertyThatIsSetOverridesItsDefaultAndTheOthersKeepTheirs() {
		DunningSettings settings = new DunningProperties(200, null, null, 14, 3, null, 1, null, null,
				LocalTime.of(9, 30), false, 5, 3)
			.settings();

		DunningSettings defaults = DunningSettings.defaults();
		assertThat(settings.insurerPendingWindowDays()).isEqualTo(200);
		assertThat(settings.staleLedgerDays()).isEqualTo(14);
		assertThat(settings.limitationYears()).isEqualTo(3);
		assertThat(settings.maxSmsPer30Days()).isEqualTo(1);
		assertThat(settings.releaseTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(settings.overseasAbolitionDays()).isFalse();
		assertThat(settings.planGraceDays()).isEqualTo(5);
		assertThat(settings.promiseGraceDays()).isEqualTo(3);
		assertThat(settings.recentPaymentDays()).isEqualTo(defaults.recentPaymentDays());
		assertThat(settings.maxCallsPer30Days()).isEqualTo(defaults.maxCallsPer30Days());
	}

	@Test
	void nothingSetGivesTheDefaults() {
		assertThat(new DunningProperties(null, null, null, null, null, null, null, null, null, null, null, null, null)
			.settings()).isEqualTo(DunningSettings.defaults());
	}

	@Test
	void refusesANegativeValueNamingTheProperty() {
		assertThatThrownBy(
				() -> new DunningProperties(null, -1, null, null, null, null, null, null, null, null, null, null, null))
			.hasMessage("relance.dunning.recent-payment-days must be 0 or more, got -1");
	}

	@Test
	void refusesAPromiseGraceLongerThanTheSnapshotReadsPromisesBack() {
		assertThatThrownBy(
				() -> new DunningProperties(null, null, null, null, null, null, null, null, null, null, null, null, 31))
			.hasMessage("relance.dunning.promise-grace-days must be at most 30, got 31");
	}

}
