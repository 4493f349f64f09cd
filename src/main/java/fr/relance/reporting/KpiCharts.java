package fr.relance.reporting;

import java.time.YearMonth;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a KPI report: recovery trend, ageing as stacked bars, cost against
 * recovered.
 */
public final class KpiCharts {

	static {
		// charts are drawn off screen on servers without a display
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private KpiCharts() {
	}

	/** Money recovered month by month over twelve months, per payer. */
	public static JFreeChart recoveryTrend(KpiReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (PeriodFigures month : report.months()) {
			String label = YearMonth.from(month.from()).toString();
			for (String payer : Labels.PAYERS) {
				data.addValue(month.amount(Kpi.RECOVERED, payer), Labels.payer(payer), label);
			}
		}
		return ChartFactory.createLineChart("Recouvré par mois (€)", null, null, data, PlotOrientation.VERTICAL, true,
				false, false);
	}

	/** Tonight's open balance per payer, stacked by age bucket. */
	public static JFreeChart ageing(KpiReport report) {
		PeriodFigures night = report.periods().get(0);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (String bucket : Labels.BUCKETS) {
			for (String payer : Labels.PAYERS) {
				data.addValue(night.amount(Kpi.AGEING, payer, bucket), Labels.bucket(bucket), Labels.payer(payer));
			}
		}
		return ChartFactory.createStackedBarChart("Ancienneté du solde ouvert (€)", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
	}

	/** Cost of the actions against patient money recovered, month by month. */
	public static JFreeChart costAgainstRecovered(KpiReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (PeriodFigures month : report.months()) {
			String label = YearMonth.from(month.from()).toString();
			data.addValue(month.amount(Kpi.ACTION_COST), "coût des actions", label);
			data.addValue(month.amount(Kpi.RECOVERED, "PATIENT"), "recouvré auprès des patients", label);
		}
		return ChartFactory.createBarChart("Coût des actions et recouvré patients (€)", null, null, data,
				PlotOrientation.VERTICAL, true, false, false);
	}

}
