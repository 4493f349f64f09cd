package fr.relance.reporting;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.reporting.internal.KpiDao;

/** Reads the figures of a period back from the KPI history. */
@Component
public class KpiReader {

	private final Jdbi jdbi;

	KpiReader(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * One establishment's figures, or every establishment's together when {@code finess}
	 * is null.
	 */
	public PeriodFigures period(String finess, LocalDate from, LocalDate to) {
		return this.jdbi.withExtension(KpiDao.class, (kpis) -> new PeriodFigures(from, to, kpis.firstNight(finess),
				kpis.period(finess, from, to, Kpi.stocks())));
	}

	/** The last reported night of the month, if any. */
	public java.util.Optional<LocalDate> lastNight(String finess, java.time.YearMonth month) {
		return this.jdbi.withExtension(KpiDao.class,
				(kpis) -> kpis.lastNight(finess, month.atDay(1), month.atEndOfMonth()));
	}

	public PeriodFigures night(String finess, LocalDate night) {
		return period(finess, night, night);
	}

	public PeriodFigures monthToDate(String finess, LocalDate night) {
		return period(finess, night.withDayOfMonth(1), night);
	}

	public PeriodFigures twelveMonths(String finess, LocalDate night) {
		return period(finess, night.minusYears(1).plusDays(1), night);
	}

}
