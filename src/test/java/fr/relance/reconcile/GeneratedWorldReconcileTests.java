package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.samples.BankTransfer;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SampleWorldGenerator;

/**
 * End to end on a generated world of 2 establishments x 300 invoices (standard and GAM
 * ledgers) with tonight's NOEMIE return, B2 file and bank statement: after intake, ingest
 * and reconciliation, every invoice part shows the due, settled amount and status of the
 * generator's truth (its ledgers record cash-desk payments only, and say so with
 * ledgerRecordsBankPayments: false), and every bank payment ends matched, as a credit
 * (over-payment) or in suspense (the unknown invoice) as the world says.
 */
@EngineTest
class GeneratedWorldReconcileTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	ListableBeanFactory beans;

	@TempDir
	Path world;

	@Test
	void everyPartEndsTheNightAsTheTruthSays() throws Exception {
		GenerationOptions options = new GenerationOptions(2, 300, 4_242, NIGHT, this.world).withReturns(true);
		new SampleWorldGenerator().generate(options);
		GeneratedWorldNight night = new GeneratedWorldNight(this.beans);
		List<Establishment> establishments = night.establish(this.world);
		List<String> taken = night.ingest(establishments, NIGHT);
		assertThat(taken).hasSize(8)
			.allMatch(line -> line.endsWith(" 0 rejected"))
			.extracting(line -> line.substring(0, line.indexOf(':')))
			.containsExactlyInAnyOrder("ledger-20261120.csv", "ledger-20261120.csv", "b2-20261120.b2", "b2-20261120.b2",
					"noemie-20261120.noemie", "noemie-20261120.noemie", "releve-20261120.xml", "releve-20261120.xml");
		night.reconcile(establishments, NIGHT);

		Map<String, String> truth = GeneratedWorldNight.truth(this.world);
		GeneratedWorldNight.Score score = GeneratedWorldNight.Score.of(truth, night.engine(establishments),
				GeneratedWorldNight.ledgerOnly(options));
		System.out.printf(Locale.ROOT,
				"parts %d, changed by tonight's files %d, changed by the engine %d, right %d,"
						+ " precision %.4f, recall %.4f%n",
				truth.size(), score.truthChanged(), score.engineChanged(), score.rightChanges(), score.precision(),
				score.recall());
		score.disagreements().forEach(System.out::println);
		assertThat(score.truthChanged()).as("tonight's files change many parts").isGreaterThan(60);
		assertThat(score.disagreements()).isEmpty();
		assertThat(paymentStatuses(establishments)).isEqualTo(expectedPaymentStatuses(options));
	}

	/**
	 * Bank payments by match status (and the invoice quoted, for those in suspense), as
	 * the engine left them.
	 */
	private Map<String, Long> paymentStatuses(List<Establishment> establishments) {
		Map<String, Long> statuses = new TreeMap<>();
		this.beans.getBean(Jdbi.class)
			.useHandle(h -> h.createQuery("""
					SELECT match_status || CASE WHEN match_status = 'suspense' THEN ' ' || invoice_number ELSE '' END,
					    count(*)
					FROM payment
					WHERE finess = ANY(:finess) AND channel = 'bank_transfer'
					GROUP BY 1""")
				.bind("finess", establishments.stream().map(Establishment::finess).toArray(String[]::new))
				.map((rs, ctx) -> statuses.put(rs.getString(1), rs.getLong(2)))
				.list());
		return statuses;
	}

	/**
	 * Every transfer of the world matched, but over-payments (credits) and one unknown
	 * invoice per establishment.
	 */
	private static Map<String, Long> expectedPaymentStatuses(GenerationOptions options) {
		SampleWorldGenerator generator = new SampleWorldGenerator();
		long matched = 0;
		long credits = 0;
		for (int i = 0; i < options.establishments(); i++) {
			SampleEstablishment establishment = generator.establishment(options, i);
			List<BankTransfer> transfers = generator.invoices(options, establishment)
				.map(invoice -> invoice.settlement().bankTransfer())
				.filter(t -> t != null)
				.toList();
			credits += transfers.stream().filter(t -> t.kind() == BankTransfer.Kind.OVERPAYMENT).count();
			matched += transfers.stream().filter(t -> t.kind() != BankTransfer.Kind.OVERPAYMENT).count();
		}
		Map<String, Long> statuses = new TreeMap<>();
		statuses.put("matched", matched);
		statuses.put("credit", credits);
		statuses.put("suspense " + BankTransfer.UNKNOWN_INVOICE, (long) options.establishments());
		return statuses;
	}

}
