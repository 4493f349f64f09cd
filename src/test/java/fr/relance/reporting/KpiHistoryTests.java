package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.testworld.Part;
import fr.relance.testworld.World;

/** KPIs of {@link HandComputedNights} equal the hand-computed values. */
@EngineTest
class KpiHistoryTests {

	static final LocalDate N0 = HandComputedNights.N0;

	static final LocalDate N1 = HandComputedNights.N1;

	@Autowired
	Jdbi jdbi;

	@Autowired
	KpiHistory history;

	@Autowired
	KpiReader reader;

	World world;

	@BeforeEach
	void handComputedWorld() {
		world = HandComputedNights.build(jdbi, history);
	}

	@Test
	void recordsTheHandComputedFiguresOfTheNight() {
		PeriodFigures night = reader.night(world.finess, N1);

		assertThat(night.amount(Kpi.RECOVERED)).isEqualByComparingTo("370.00");
		assertThat(night.amount(Kpi.RECOVERED, "AMO")).isEqualByComparingTo("300.00");
		assertThat(night.amount(Kpi.RECOVERED, "AMC")).isEqualByComparingTo("0.00");
		assertThat(night.amount(Kpi.RECOVERED, "PATIENT")).isEqualByComparingTo("70.00");
		assertThat(night.amount(Kpi.RECOVERED_BY_CHANNEL, "PATIENT", "LETTER")).isEqualByComparingTo("40.00");
		assertThat(night.amount(Kpi.RECOVERED_BY_CHANNEL, "PATIENT", "NONE")).isEqualByComparingTo("30.00");
		assertThat(night.amount(Kpi.OPEN_BALANCE, "PATIENT")).isEqualByComparingTo("190.00");
		assertThat(night.amount(Kpi.OPEN_BALANCE, "AMC")).isEqualByComparingTo("60.00");
		assertThat(night.amount(Kpi.OPEN_BALANCE)).isEqualByComparingTo("250.00");
		assertThat(night.amount(Kpi.AGEING, "PATIENT", "0-30")).isEqualByComparingTo("10.00");
		assertThat(night.amount(Kpi.AGEING, "PATIENT", "91-180")).isEqualByComparingTo("120.00");
		assertThat(night.amount(Kpi.AGEING, "PATIENT", "181-365")).isEqualByComparingTo("60.00");
		assertThat(night.amount(Kpi.AGEING, "AMC", "0-30")).isEqualByComparingTo("60.00");
		assertThat(night.amount(Kpi.BILLED_90_DAYS)).isEqualByComparingTo("460.00");
		assertThat(night.amount(Kpi.PLACED)).isEqualByComparingTo("120.00");
		assertThat(night.amount(Kpi.ACTION_COST, "PATIENT", "LETTER")).isEqualByComparingTo("1.77");
		assertThat(night.amount(Kpi.ACTION_COST, "PATIENT", "SMS")).isEqualByComparingTo("0.10");
		assertThat(night.amount(Kpi.AVOIDED_BY_VALUE)).isEqualByComparingTo("2.50");
		assertThat(night.items(Kpi.AVOIDED_BY_SUPPRESSION, "PATIENT", "RECENT_PAYMENT")).isEqualTo(1);
		assertThat(night.amount(Kpi.AVOIDED_BY_SUPPRESSION, "PATIENT", "RECENT_PAYMENT")).isEqualByComparingTo("1.77");
		assertThat(night.amount(Kpi.WRITE_OFF_PROPOSED)).isEqualByComparingTo("60.00");
		assertThat(night.amount(Kpi.WRITE_OFF_APPROVED, "PATIENT")).isEqualByComparingTo("20.00");
		assertThat(night.items(Kpi.PAYER_RETURNS)).isEqualTo(2);
		assertThat(night.items(Kpi.PAYER_REJECTS)).isEqualTo(1);
		assertThat(night.items(Kpi.REJECT_CODES, "AMC", "A12")).isEqualTo(1);
		// 370 / (370 + 250); 250 x 90 / 460; 1.87 / 70; 1 / 2
		assertThat(night.recoveryRate()).contains(new BigDecimal("0.5968"));
		assertThat(night.daysSalesOutstanding()).contains(new BigDecimal("48.9"));
		assertThat(night.costPerEuroRecovered()).contains(new BigDecimal("0.0267"));
		assertThat(night.payerRejectionRate()).contains(new BigDecimal("0.5000"));
	}

	@Test
	void theFirstNightCountsOnlyMoneyDatedThatNightAndTheMonthAddsTheNights() {
		PeriodFigures first = reader.night(world.finess, N0);
		PeriodFigures month = reader.monthToDate(world.finess, N1);

		assertThat(first.amount(Kpi.RECOVERED)).isEqualByComparingTo("10.00");
		assertThat(first.trendsFrom()).contains(N0);
		assertThat(month.amount(Kpi.RECOVERED)).isEqualByComparingTo("380.00");
		assertThat(month.amount(Kpi.RECOVERED, "PATIENT")).isEqualByComparingTo("80.00");
		// stocks are the last night's, not a sum
		assertThat(month.amount(Kpi.OPEN_BALANCE)).isEqualByComparingTo("250.00");
	}

	@Test
	void totalsTie() {
		PeriodFigures night = reader.night(world.finess, N1);

		BigDecimal byPayer = night.amount(Kpi.RECOVERED, "AMO")
			.add(night.amount(Kpi.RECOVERED, "AMC"))
			.add(night.amount(Kpi.RECOVERED, "PATIENT"));
		assertThat(byPayer).isEqualByComparingTo(night.amount(Kpi.RECOVERED));
		assertThat(night.amount(Kpi.RECOVERED_BY_CHANNEL)).isEqualByComparingTo(night.amount(Kpi.RECOVERED, "PATIENT"));
		assertThat(night.amount(Kpi.AGEING)).isEqualByComparingTo(night.amount(Kpi.OPEN_BALANCE));
	}

	@Test
	void aRerunOfTheNightRewritesTheSameFigures() {
		List<List<Object>> before = rows(N1);

		history.record(world.finess, N1);

		assertThat(rows(N1)).isEqualTo(before).isNotEmpty();
	}

	@Test
	void consolidatedFiguresAddEveryEstablishment() {
		World other = World.clinic(jdbi);
		other.ledger(N1);
		HandComputedNights.durand(other, "IPP1")
			.invoice("F1", LocalDate.of(2031, 3, 1))
			.part("PATIENT", "80.00", "open", HandComputedNights.SINCE);
		history.record(other.finess, N1);

		PeriodFigures consolidated = reader.night(null, N1);
		PeriodFigures own = reader.night(world.finess, N1);

		assertThat(consolidated.amount(Kpi.OPEN_BALANCE).subtract(own.amount(Kpi.OPEN_BALANCE)))
			.isGreaterThanOrEqualTo(new BigDecimal("80.00"));
		assertThat(reader.night(other.finess, N1).amount(Kpi.OPEN_BALANCE)).isEqualByComparingTo("80.00");
		assertThat(reader.night(other.finess, N1).amount(Kpi.RECOVERED)).isEqualByComparingTo("0.00");
	}

	@Test
	void anEstablishmentOnItsFirstNightBesideOneOnItsNextCountsOnlyTheMoneyDatedThatNight() {
		List<List<Object>> before = rows(N1);
		World other = World.clinic(jdbi);
		other.ledger(N1);
		Part part = HandComputedNights.durand(other, "IPP1")
			.invoice("F1", LocalDate.of(2031, 3, 1))
			.part("PATIENT", "80.00", "open", HandComputedNights.SINCE);
		part.paid("25.00", N0);
		part.paid("15.00", N1);

		// one pass over both: the clinic reads its money since its night N0, the other
		// only
		// the money dated N1
		history.record(List.of(world.finess, other.finess), N1);

		assertThat(reader.night(other.finess, N1).amount(Kpi.RECOVERED)).isEqualByComparingTo("15.00");
		assertThat(reader.night(other.finess, N1).trendsFrom()).contains(N1);
		assertThat(rows(N1)).isEqualTo(before);
	}

	private List<List<Object>> rows(LocalDate night) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT kpi, payer, dimension, amount, items, rate FROM kpi_daily
				WHERE finess = :finess AND run_date = :night ORDER BY kpi, payer, dimension
				""")
			.bind("finess", world.finess)
			.bind("night", night)
			.map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getLong(5), String.valueOf(rs.getBigDecimal(6))))
			.list());
	}

}
