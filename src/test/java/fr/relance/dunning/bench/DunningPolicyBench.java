package fr.relance.dunning.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.relance.dunning.CaseSnapshot;
import fr.relance.dunning.ContactEvent;
import fr.relance.dunning.ContactOrigin;
import fr.relance.dunning.Debtor;
import fr.relance.dunning.DunningDecision;
import fr.relance.dunning.DunningPolicy;
import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.FirstLetter;
import fr.relance.dunning.OpenPart;
import fr.relance.dunning.Outcome;
import fr.relance.dunning.PostalAddress;
import fr.relance.dunning.StepDone;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioLoader;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Throughput of {@link DunningPolicy#decide} on 1,000,000 synthetic snapshots (a pool of
 * 100,000 distinct cases decided ten times, after a warm-up), single thread. Not part of
 * the test suite (no test annotation); run from the project root after
 * {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.relance.dunning.bench.DunningPolicyBench}.
 */
public final class DunningPolicyBench {

	private static final LocalDate RUN = LocalDate.of(2026, 3, 10);

	private static final int POOL = 100_000;

	private static final int DECISIONS = 1_000_000;

	private DunningPolicyBench() {
	}

	public static void main(String[] args) {
		Scenario scenario = ScenarioLoader
			.load(Path.of(args.length > 0 ? args[0] : "jobs/scenarios/private-clinic.yml"));
		DunningPolicy policy = new DunningPolicy(scenario, DunningSettings.defaults());
		List<CaseSnapshot> pool = pool(scenario, new SplittableRandom(42));
		run(policy, pool, 300_000);
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		long start = System.nanoTime();
		run(policy, pool, DECISIONS, outcomes);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%,d decisions in %.2f s: %,.0f decisions/s (1 thread)%n", DECISIONS, seconds,
				DECISIONS / seconds);
		System.out.println("outcomes: " + outcomes);
	}

	private static void run(DunningPolicy policy, List<CaseSnapshot> pool, int count) {
		run(policy, pool, count, new EnumMap<>(Outcome.class));
	}

	private static void run(DunningPolicy policy, List<CaseSnapshot> pool, int count, Map<Outcome, Integer> outcomes) {
		for (int i = 0; i < count; i++) {
			DunningDecision decision = policy.decide(pool.get(i % pool.size()), RUN);
			outcomes.merge(decision.outcome(), 1, Integer::sum);
		}
	}

	private static List<CaseSnapshot> pool(Scenario scenario, SplittableRandom random) {
		List<CaseSnapshot> pool = new ArrayList<>(POOL);
		for (int i = 0; i < POOL; i++) {
			pool.add(snapshot(scenario, random, i));
		}
		return pool;
	}

	/**
	 * A case with 1-3 parts, mostly small amounts (most patient shares are under 20 EUR),
	 * somewhere on the ladder.
	 */
	private static CaseSnapshot snapshot(Scenario scenario, SplittableRandom random, int i) {
		List<OpenPart> parts = new ArrayList<>();
		int partCount = 1 + random.nextInt(3);
		for (int p = 0; p < partCount; p++) {
			long cents = random.nextInt(10) < 7 ? 100 + random.nextInt(2_500) : 2_500 + random.nextInt(150_000);
			LocalDate due = RUN.minusDays(random.nextInt(900));
			LocalDate pending = random.nextInt(20) == 0 ? RUN.minusDays(random.nextInt(200)) : null;
			parts.add(new OpenPart("F-" + i + "-" + p, BigDecimal.valueOf(cents, 2), due, pending, null));
		}
		List<StepDone> done = new ArrayList<>();
		int position = random.nextInt(scenario.steps().size());
		LocalDate on = RUN.minusDays(20L * position + random.nextInt(40));
		for (ScenarioStep step : scenario.steps().subList(0, position)) {
			done.add(new StepDone(step.id(), on, false));
			on = on.plusDays(15);
		}
		List<ContactEvent> contacts = random.nextInt(10) == 0
				? List.of(new ContactEvent(RUN.minusDays(random.nextInt(30)), Channel.SMS, ContactOrigin.ENGINE, false))
				: List.of();
		String postcode = random.nextInt(10) == 0 ? "67000" : "75011";
		Debtor debtor = new Debtor("P***" + (i % 100), new PostalAddress("1 rue Haute", postcode, "Ville", null),
				random.nextInt(5) == 0 ? null : "0612345678", "0612345678", random.nextInt(20) == 0,
				random.nextInt(500) == 0, random.nextInt(100) == 0);
		FirstLetter letter = position > 0 ? new FirstLetter("RL-" + i, done.get(0).on()) : null;
		LocalDate paid = random.nextInt(8) == 0 ? RUN.minusDays(random.nextInt(60)) : null;
		return new CaseSnapshot("C-" + i, "750000001", debtor, parts, done, contacts, paid, random.nextInt(50) == 0,
				null, letter, RUN.minusDays(1));
	}

}
