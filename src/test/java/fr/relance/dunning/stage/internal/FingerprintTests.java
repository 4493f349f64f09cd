package fr.relance.dunning.stage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Two decisions of a case are the same when every stored field but the texts is. */
class FingerprintTests {

	static final LocalDate REVIEW = LocalDate.of(2031, 6, 19);

	@Test
	void equalFieldsGiveEqualFingerprintsWhateverTheAmountsScale() {
		assertThat(blocked("60.00", REVIEW)).isEqualTo(blocked("60.0", REVIEW)).isEqualTo(blocked("60", REVIEW));
	}

	@Test
	void aNewBalanceOrReviewDateIsANewDecision() {
		assertThat(blocked("40.00", REVIEW)).isNotEqualTo(blocked("60.00", REVIEW));
		assertThat(blocked("60.00", REVIEW.plusDays(1))).isNotEqualTo(blocked("60.00", REVIEW));
		assertThat(blocked("60.00", null)).isNotEqualTo(blocked("60.00", REVIEW));
	}

	@Test
	void fieldsDoNotRunIntoEachOther() {
		UUID stepThenNoChannel = Fingerprint.of("WAIT", "sms", null, new BigDecimal("60.00"), "50to150", List.of(),
				false, null, "v1", BigDecimal.ZERO);
		UUID noStepThenChannel = Fingerprint.of("WAIT", null, "sms", new BigDecimal("60.00"), "50to150", List.of(),
				false, null, "v1", BigDecimal.ZERO);
		UUID emptyStep = Fingerprint.of("WAIT", "", "sms", new BigDecimal("60.00"), "50to150", List.of(), false, null,
				"v1", BigDecimal.ZERO);

		assertThat(stepThenNoChannel).isNotEqualTo(noStepThenChannel);
		assertThat(noStepThenChannel).isNotEqualTo(emptyStep);
	}

	@Test
	void theScenarioVersionAndTheCostAvoidedCount() {
		UUID v1 = Fingerprint.of("DEFER", "first-letter", "LETTER", new BigDecimal("3.00"), "0to15",
				List.of("GAIN_BELOW_COST"), false, null, "v1", new BigDecimal("1.77"));

		assertThat(Fingerprint.of("DEFER", "first-letter", "LETTER", new BigDecimal("3.00"), "0to15",
				List.of("GAIN_BELOW_COST"), false, null, "v2", new BigDecimal("1.77")))
			.isNotEqualTo(v1);
		assertThat(Fingerprint.of("DEFER", "first-letter", "LETTER", new BigDecimal("3.00"), "0to15",
				List.of("GAIN_BELOW_COST"), false, null, "v1", new BigDecimal("0.00")))
			.isNotEqualTo(v1);
	}

	private static UUID blocked(String balance, LocalDate review) {
		return Fingerprint.of("BLOCKED", null, null, new BigDecimal(balance), "50to150", List.of("INSURER_PENDING"),
				false, review, "private-clinic-2026.2", BigDecimal.ZERO.setScale(2));
	}

}
