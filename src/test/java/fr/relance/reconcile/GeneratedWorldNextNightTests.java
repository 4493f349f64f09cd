package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.samples.BankTransfer;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;

/**
 * Two nights on one database: night D on a generated world of 4 establishments x 500
 * invoices (every ledger profile, with returns), then night D+1 on its next-night world.
 * After each night every invoice part shows what that world's {@code truth.csv} says;
 * after the second, that is the state after both nights, new invoices included.
 */
@EngineTest
class GeneratedWorldNextNightTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	ListableBeanFactory beans;

	@TempDir
	Path dir;

	@Test
	void everyPartEndsTheSecondNightAsTheNextNightTruthSays() throws Exception {
		GenerationOptions first = new GenerationOptions(4, 500, 5_151, NIGHT, this.dir.resolve("first"))
			.withReturns(true);
		// the same options but the output directory
		GenerationOptions next = new GenerationOptions(4, 500, 5_151, NIGHT, this.dir.resolve("next")).withReturns(true)
			.withNextNight(true);
		new SampleWorldGenerator().generate(first);
		new SampleWorldGenerator().generate(next);
		GeneratedWorldNight night = new GeneratedWorldNight(this.beans);

		List<Establishment> establishments = night.establish(first.outputDir());
		assertThat(night.ingest(establishments, NIGHT)).hasSize(13).allMatch(line -> line.endsWith(" 0 rejected"));
		night.reconcile(establishments, NIGHT);
		Map<String, String> truthOne = GeneratedWorldNight.truth(first.outputDir());
		assertThat(GeneratedWorldNight.Score
			.of(truthOne, night.engine(establishments), GeneratedWorldNight.ledgerOnly(first))
			.disagreements()).as("first night").isEmpty();

		LocalDate nextNight = next.fileDate();
		assertThat(night.establish(next.outputDir())).isEqualTo(establishments);
		List<String> taken = night.ingest(establishments, nextNight);
		assertThat(taken).hasSize(10)
			.allMatch(line -> line.endsWith(" 0 rejected"))
			.allMatch(line -> line.contains("20261121"));
		night.reconcile(establishments, nextNight);

		Map<String, String> truthTwo = GeneratedWorldNight.truth(next.outputDir());
		GeneratedWorldNight.Score score = GeneratedWorldNight.Score.of(truthTwo, night.engine(establishments),
				truthOne);
		System.out.printf(Locale.ROOT, "parts %d, changed by the next night %d, by the engine %d, right %d%n",
				truthTwo.size(), score.truthChanged(), score.engineChanged(), score.rightChanges());
		score.disagreements().forEach(System.out::println);
		assertThat(score.truthChanged()).as("the next night changes parts").isGreaterThan(40);
		assertThat(score.disagreements()).isEmpty();
		// each night's transfer quoting no invoice is a payment of its own, not a re-drop
		assertThat(suspense(establishments)).isEqualTo(2L * 3);
	}

	private long suspense(List<Establishment> establishments) {
		return this.beans.getBean(Jdbi.class)
			.withHandle(h -> h.createQuery("""
					SELECT count(*) FROM payment
					WHERE finess = ANY(:finess) AND match_status = 'suspense' AND invoice_number = :invoice""")
				.bind("finess", establishments.stream().map(Establishment::finess).toArray(String[]::new))
				.bind("invoice", BankTransfer.UNKNOWN_INVOICE)
				.mapTo(Long.class)
				.one());
	}

}
