package fr.relance.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.support.batch.NightParameters;

/**
 * Which business dates a night may be run for, on a clock fixed at 1 December 2026 in
 * Paris and a database of its own (the nights of other test classes would be earlier or
 * later nights here). The tests build on each other.
 */
@EngineTest
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
@Import(RunDateTests.FixedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunDateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			ZoneId paris = ZoneId.of("Europe/Paris");
			return Clock.fixed(TODAY.atTime(2, 30).atZone(paris).toInstant(), paris);
		}

	}

	@Autowired
	RunDateGuard guard;

	@Autowired
	NightlyRunner nightly;

	@Test
	@Order(1)
	void onAnEmptyDatabaseAnyPastDateAndTodayAreAccepted() {
		assertThatCode(() -> guard.check(LocalDate.of(2020, 1, 1), false)).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(TODAY, false)).doesNotThrowAnyException();
	}

	@Test
	@Order(2)
	void aDateAfterTodayIsRefusedUnlessExplicitlyAllowed() {
		assertThatThrownBy(() -> guard.check(LocalDate.of(2062, 11, 21), false))
			.isInstanceOf(RunDateRefusedException.class)
			.hasMessageContaining("--date 2062-11-21 is after today (2026-12-01 in Europe/Paris)")
			.hasMessageContaining("--allow-future-date");
		assertThatThrownBy(() -> guard.check(TODAY.plusDays(1), false)).isInstanceOf(RunDateRefusedException.class);
		assertThatCode(() -> guard.check(LocalDate.of(2062, 11, 21), true)).doesNotThrowAnyException();
	}

	@Test
	@Order(3)
	void aDateBeforeTheFirstNightIsRefused() throws Exception {
		assertThat(nightly.run(LocalDate.of(2026, 11, 20)).completed()).isTrue();

		assertThatThrownBy(() -> guard.check(LocalDate.of(2026, 11, 19), false))
			.isInstanceOf(RunDateRefusedException.class)
			.hasMessageContaining("--date 2026-11-19 is before the engine's first night (2026-11-20)");
		assertThatCode(() -> guard.check(LocalDate.of(2026, 11, 21), false)).doesNotThrowAnyException();
	}

	@Test
	@Order(4)
	void aNightOlderThanOneDecidedAlreadyFailsAndSaysHowToGetOut() throws Exception {
		// a wrong future night (run before the guard existed, or with
		// --allow-future-date)...
		assertThat(nightly.run(LocalDate.of(2062, 11, 21)).completed()).isTrue();
		// ...does not move the first night: the real nights before it are still accepted
		// by the guard
		assertThatCode(() -> guard.check(LocalDate.of(2026, 11, 22), false)).doesNotThrowAnyException();

		NightOutcome real = nightly.run(LocalDate.of(2026, 11, 22));

		assertThat(real.completed()).isFalse();
		assertThat(real.summary().stages()).filteredOn((s) -> s.stage().equals("dunning"))
			.singleElement()
			.satisfies((s) -> assertThat(s.status()).isEqualTo("FAILED"));
		// each establishment's night fails on its own, and says so
		assertThat(real.failures()).hasSize(2)
			.allSatisfy((f) -> assertThat(f)
				.contains("on 2026-11-22 refused: the later night 2062-11-21 was decided already")
				.contains("ops/README.md"));
	}

	@Test
	@Order(5)
	void forgettingTheWrongNightLetsTheRealOneRun(@Autowired WrongNightRemoval removal,
			@Autowired JobRepository repository) throws Exception {
		assertThat(removal.remove(LocalDate.of(2062, 11, 21))).isEqualTo(2); // the two
																				// sample
																				// establishments

		assertThat(repository.getJobInstance("nightly", NightParameters.unit(LocalDate.of(2062, 11, 21), "750000010")))
			.isNull();
		NightOutcome resumed = nightly.run(LocalDate.of(2026, 11, 22));
		assertThat(resumed.completed()).isTrue();
		assertThat(resumed.failures()).isEmpty();
	}

}
