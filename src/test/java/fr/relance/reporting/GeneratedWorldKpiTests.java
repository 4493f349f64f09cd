package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.reconcile.GeneratedWorldNight;
import fr.relance.reporting.internal.KpiDao.Figure;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;

/**
 * On a generated world of four establishments (one per ledger profile, FEC included) with
 * tonight's NOEMIE return, B2 file and bank statement, taken through intake, ingest and
 * reconciliation, the night's KPIs equal the generator's {@code kpi-truth.csv}: recovered
 * per payer, open balance per payer, ageing per payer and bucket. The establishments had
 * a first reported night without files the night before, so the ledger's paid columns are
 * an opening balance and tonight's money, dated the day before, counts as recovered. The
 * four are recorded together, as the reporting stage does. Totals tie, the consolidated
 * figures are the sum of the establishments', and a rerun of the night rewrites the same
 * figures.
 */
@EngineTest
class GeneratedWorldKpiTests {

	/**
	 * A night no other reporting test uses, so the consolidated figures hold these
	 * establishments only.
	 */
	static final LocalDate NIGHT = LocalDate.of(2027, 2, 17);

	@Autowired
	ListableBeanFactory beans;

	@Autowired
	KpiHistory history;

	@Autowired
	KpiReader reader;

	@TempDir
	Path world;

	@Test
	void theNightsKpisEqualTheGeneratorsTruthAndTotalsTie() throws Exception {
		GenerationOptions options = new GenerationOptions(4, 250, 1_717, NIGHT, this.world).withReturns(true);
		new SampleWorldGenerator().generate(options);
		GeneratedWorldNight night = new GeneratedWorldNight(this.beans);
		List<Establishment> establishments = night.establish(this.world);
		List<String> finesses = establishments.stream().map(Establishment::finess).toList();
		this.history.record(finesses, NIGHT.minusDays(1));
		assertThat(night.ingest(establishments, NIGHT)).allMatch((line) -> line.endsWith(" 0 rejected"));
		night.reconcile(establishments, NIGHT);
		this.history.record(finesses, NIGHT);

		Map<String, Map<String, BigDecimal>> truth = truth(this.world.resolve("kpi-truth.csv"));
		assertThat(truth.keySet()).containsExactlyInAnyOrderElementsOf(finesses);
		Map<String, BigDecimal> everyEstablishment = new TreeMap<>();
		for (Establishment e : establishments) {
			PeriodFigures figures = this.reader.night(e.finess(), NIGHT);
			Map<String, BigDecimal> expected = truth.get(e.finess());
			assertThat(engine(figures)).as(e.finess() + " (" + e.ledgerProfile() + ")").isEqualTo(expected);
			ties(e.finess(), figures);
			expected.forEach((key, amount) -> everyEstablishment.merge(key, amount, BigDecimal::add));
		}
		assertThat(everyEstablishment).containsKeys("RECOVERED;AMO;", "RECOVERED;AMC;", "RECOVERED;PATIENT;",
				"OPEN_BALANCE;PATIENT;", "AGEING;PATIENT;365+");
		PeriodFigures consolidated = this.reader.night(null, NIGHT);
		assertThat(engine(consolidated)).isEqualTo(everyEstablishment);
		ties(null, consolidated);

		List<String> before = recorded(NIGHT);
		this.history.record(finesses, NIGHT);
		assertThat(recorded(NIGHT)).as("a rerun of the night").isEqualTo(before).hasSizeGreaterThan(40);
	}

	/** Every figure recorded that night, of every establishment. */
	private List<String> recorded(LocalDate night) {
		return this.beans.getBean(Jdbi.class)
			.withHandle((h) -> h.createQuery("""
					SELECT concat_ws(' ', finess, kpi, payer, dimension, amount, items, rate) FROM kpi_daily
					WHERE run_date = :night ORDER BY finess, kpi, payer, dimension""")
				.bind("night", night)
				.mapTo(String.class)
				.list());
	}

	/**
	 * Recovered by payer adds up to the total the report prints, by channel to the
	 * patient's; ageing to the open balance, payer by payer.
	 */
	private void ties(String finess, PeriodFigures figures) {
		BigDecimal total = (BigDecimal) KpiReport.of(this.reader, finess, NIGHT)
			.indicators()
			.rows()
			.stream()
			.filter((row) -> row.get(0).value().equals("recouvré, total"))
			.findFirst()
			.orElseThrow()
			.get(1)
			.value();
		BigDecimal byPayer = figures.amount(Kpi.RECOVERED, "AMO")
			.add(figures.amount(Kpi.RECOVERED, "AMC"))
			.add(figures.amount(Kpi.RECOVERED, "PATIENT"));
		assertThat(total).isEqualByComparingTo(byPayer);
		assertThat(figures.amount(Kpi.RECOVERED_BY_CHANNEL))
			.isEqualByComparingTo(figures.amount(Kpi.RECOVERED, "PATIENT"));
		assertThat(figures.amount(Kpi.AGEING)).isPositive().isEqualByComparingTo(figures.amount(Kpi.OPEN_BALANCE));
		for (String payer : Labels.PAYERS) {
			assertThat(figures.amount(Kpi.AGEING, payer)).isEqualByComparingTo(figures.amount(Kpi.OPEN_BALANCE, payer));
		}
	}

	/**
	 * The night's recovered, open balance and ageing figures, keyed
	 * {@code figure;payer;bucket}.
	 */
	private static Map<String, BigDecimal> engine(PeriodFigures figures) {
		Map<String, BigDecimal> rows = new TreeMap<>();
		for (Kpi kpi : List.of(Kpi.RECOVERED, Kpi.OPEN_BALANCE, Kpi.AGEING)) {
			for (Figure f : figures.rows(kpi)) {
				if (f.amount().signum() != 0) {
					rows.merge(kpi + ";" + f.payer() + ";" + f.dimension(), f.amount().setScale(2), BigDecimal::add);
				}
			}
		}
		return rows;
	}

	private static Map<String, Map<String, BigDecimal>> truth(Path file) throws IOException {
		Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("finess;figure;payer;bucket;amount");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(";", -1);
			rows.computeIfAbsent(f[0], (k) -> new TreeMap<>())
				.put(f[1] + ";" + f[2] + ";" + f[3], new BigDecimal(f[4]));
		}
		return rows;
	}

}
