package fr.relance.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import fr.relance.reporting.internal.KpiDao.Figure;

/**
 * The figures of one period (a night, a month to date, twelve months) for one
 * establishment or all, and the ratios drawn from them. Ratios are empty when their
 * denominator is zero.
 *
 * @param from first night of the period
 * @param to last night of the period
 * @param trendsFrom the first night reported for this scope: nothing before it is in the
 * history
 */
public record PeriodFigures(LocalDate from, LocalDate to, Optional<LocalDate> trendsFrom, List<Figure> figures) {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	/** Sum of the figure over every payer and dimension. */
	public BigDecimal amount(Kpi kpi) {
		return sum(kpi, (f) -> true);
	}

	public BigDecimal amount(Kpi kpi, String payer) {
		return sum(kpi, (f) -> f.payer().equals(payer));
	}

	public BigDecimal amount(Kpi kpi, String payer, String dimension) {
		return sum(kpi, (f) -> f.payer().equals(payer) && f.dimension().equals(dimension));
	}

	public long items(Kpi kpi) {
		return rows(kpi).stream().mapToLong(Figure::items).sum();
	}

	public long items(Kpi kpi, String payer, String dimension) {
		return rows(kpi).stream()
			.filter((f) -> f.payer().equals(payer) && f.dimension().equals(dimension))
			.mapToLong(Figure::items)
			.sum();
	}

	public List<Figure> rows(Kpi kpi) {
		return this.figures.stream().filter((f) -> f.kpi().equals(kpi.name())).toList();
	}

	/** Recovered ÷ (recovered + open balance at the end of the period). */
	public Optional<BigDecimal> recoveryRate() {
		BigDecimal recovered = amount(Kpi.RECOVERED);
		return ratio(recovered, recovered.add(amount(Kpi.OPEN_BALANCE)), 4);
	}

	/**
	 * Days sales outstanding: open balance ÷ what was billed in the last 90 days × 90, in
	 * days.
	 */
	public Optional<BigDecimal> daysSalesOutstanding() {
		return ratio(amount(Kpi.OPEN_BALANCE).multiply(BigDecimal.valueOf(90)), amount(Kpi.BILLED_90_DAYS), 1);
	}

	/** Cost of the actions emitted ÷ money recovered from patients. */
	public Optional<BigDecimal> costPerEuroRecovered() {
		return ratio(amount(Kpi.ACTION_COST), amount(Kpi.RECOVERED, "PATIENT"), 4);
	}

	/** Rejected return lines ÷ return lines received. */
	public Optional<BigDecimal> payerRejectionRate() {
		return ratio(BigDecimal.valueOf(items(Kpi.PAYER_REJECTS)), BigDecimal.valueOf(items(Kpi.PAYER_RETURNS)), 4);
	}

	private BigDecimal sum(Kpi kpi, Predicate<Figure> which) {
		return rows(kpi).stream().filter(which).map(Figure::amount).reduce(ZERO, BigDecimal::add);
	}

	private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
		return denominator.signum() == 0 ? Optional.empty()
				: Optional.of(numerator.divide(denominator, scale, RoundingMode.HALF_EVEN));
	}

}
