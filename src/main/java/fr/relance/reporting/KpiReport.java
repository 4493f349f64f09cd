package fr.relance.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.relance.reporting.ReportTable.Cell;
import fr.relance.reporting.internal.KpiDao.Figure;

/**
 * The tables of one KPI report (one establishment, or all together) for a night: the
 * night, the month to date and the twelve months up to it, and the twelve months' trend
 * month by month.
 */
public final class KpiReport {

	private final String scope;

	private final LocalDate night;

	private final List<PeriodFigures> periods;

	private final List<PeriodFigures> months;

	private KpiReport(String scope, LocalDate night, List<PeriodFigures> periods, List<PeriodFigures> months) {
		this.scope = scope;
		this.night = night;
		this.periods = periods;
		this.months = months;
	}

	/**
	 * The report of one establishment ({@code finess}), or consolidated when it is null.
	 */
	public static KpiReport of(KpiReader reader, String finess, LocalDate night) {
		List<PeriodFigures> periods = List.of(reader.night(finess, night), reader.monthToDate(finess, night),
				reader.twelveMonths(finess, night));
		List<PeriodFigures> months = new ArrayList<>();
		YearMonth last = YearMonth.from(night);
		for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
			LocalDate end = month.equals(last) ? night : month.atEndOfMonth();
			months.add(reader.period(finess, month.atDay(1), end));
		}
		return new KpiReport(finess == null ? "consolidé" : finess, night, periods, months);
	}

	/**
	 * The report of a month that ended, as its last reported night saw it: that night,
	 * the whole month, the twelve months up to it.
	 */
	public static KpiReport ofMonth(KpiReader reader, String finess, YearMonth month) {
		return of(reader, finess, reader.lastNight(finess, month).orElse(month.atEndOfMonth()));
	}

	public String scope() {
		return this.scope;
	}

	public LocalDate night() {
		return this.night;
	}

	public List<PeriodFigures> periods() {
		return this.periods;
	}

	public List<PeriodFigures> months() {
		return this.months;
	}

	public List<ReportTable> tables() {
		return List.of(indicators(), recovered(), ageing(), costs(), avoided(), rejects(), uplifts(), trend());
	}

	private static final List<String> PERIODS = List.of("nuit", "mois en cours", "12 mois");

	ReportTable indicators() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(row("montants mis en relance", (p) -> Cell.money(p.amount(Kpi.PLACED))));
		rows.add(row("recouvré, total", (p) -> Cell.money(p.amount(Kpi.RECOVERED))));
		for (String payer : Labels.PAYERS) {
			rows.add(row("recouvré, " + Labels.payer(payer), (p) -> Cell.money(p.amount(Kpi.RECOVERED, payer))));
		}
		rows.add(row("taux de recouvrement", (p) -> Cell.rate(p.recoveryRate())));
		rows.add(row("solde ouvert (fin de période)", (p) -> Cell.money(p.amount(Kpi.OPEN_BALANCE))));
		rows.add(row("délai moyen de recouvrement (DSO, jours)", (p) -> Cell.days(p.daysSalesOutstanding())));
		rows.add(row("coût des actions", (p) -> Cell.money(p.amount(Kpi.ACTION_COST))));
		rows.add(row("coût par euro recouvré (patients)", (p) -> Cell.rate(p.costPerEuroRecovered())));
		rows.add(row("relances évitées (règle de valeur)", (p) -> Cell.count(p.items(Kpi.AVOIDED_BY_VALUE))));
		rows.add(row("économie (règle de valeur)", (p) -> Cell.money(p.amount(Kpi.AVOIDED_BY_VALUE))));
		rows.add(row("relances annulées (paiement, retour payeur...)",
				(p) -> Cell.count(p.items(Kpi.AVOIDED_BY_SUPPRESSION))));
		rows.add(row("économie (relances annulées)", (p) -> Cell.money(p.amount(Kpi.AVOIDED_BY_SUPPRESSION))));
		rows.add(row("taux de rejet des payeurs", (p) -> Cell.rate(p.payerRejectionRate())));
		rows.add(row("paiements en attente d'affectation",
				(p) -> Cell.money(p.amount(Kpi.SUSPENSE, "PATIENT", "suspense"))));
		rows.add(row("trop-perçus", (p) -> Cell.money(p.amount(Kpi.SUSPENSE, "PATIENT", "credit"))));
		rows.add(row("retours payeurs non rapprochés", (p) -> Cell.money(p.amount(Kpi.UNMATCHED_RETURNS))));
		rows.add(row("abandons de créance proposés", (p) -> Cell.money(p.amount(Kpi.WRITE_OFF_PROPOSED))));
		rows.add(row("abandons de créance validés", (p) -> Cell.money(p.amount(Kpi.WRITE_OFF_APPROVED))));
		List<String> columns = new ArrayList<>(List.of("indicateur"));
		columns.addAll(PERIODS);
		return new ReportTable("indicateurs", "Indicateurs", columns, rows);
	}

	private List<Cell> row(String label, java.util.function.Function<PeriodFigures, Cell> value) {
		List<Cell> row = new ArrayList<>(List.of(Cell.text(label)));
		this.periods.forEach((p) -> row.add(value.apply(p)));
		return row;
	}

	ReportTable recovered() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < PERIODS.size(); i++) {
			PeriodFigures p = this.periods.get(i);
			for (String payer : Labels.PAYERS) {
				rows.add(List.of(Cell.text(PERIODS.get(i)), Cell.text(Labels.payer(payer)), Cell.text(""),
						Cell.money(p.amount(Kpi.RECOVERED, payer)), Cell.count(itemsOf(p, Kpi.RECOVERED, payer))));
			}
			for (Figure f : p.rows(Kpi.RECOVERED_BY_CHANNEL)) {
				rows.add(List.of(Cell.text(PERIODS.get(i)), Cell.text(Labels.payer(f.payer())),
						Cell.text(Labels.channel(f.dimension())), Cell.money(f.amount()), Cell.count(f.items())));
			}
		}
		return new ReportTable("recouvrement", "Recouvré par payeur et par canal",
				List.of("période", "payeur", "canal", "montant", "paiements"), rows);
	}

	private static long itemsOf(PeriodFigures p, Kpi kpi, String payer) {
		return p.rows(kpi).stream().filter((f) -> f.payer().equals(payer)).mapToLong(Figure::items).sum();
	}

	ReportTable ageing() {
		PeriodFigures p = this.periods.get(0);
		List<List<Cell>> rows = new ArrayList<>();
		for (String payer : Labels.PAYERS) {
			for (String bucket : Labels.BUCKETS) {
				rows.add(List.of(Cell.text(Labels.payer(payer)), Cell.text(Labels.bucket(bucket)),
						Cell.money(p.amount(Kpi.AGEING, payer, bucket)),
						Cell.count(p.items(Kpi.AGEING, payer, bucket))));
			}
		}
		return new ReportTable("anciennete", "Ancienneté du solde ouvert au " + this.night.format(Labels.DATE),
				List.of("payeur", "tranche", "montant", "parts"), rows);
	}

	ReportTable costs() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < PERIODS.size(); i++) {
			for (Figure f : this.periods.get(i).rows(Kpi.ACTION_COST)) {
				rows.add(List.of(Cell.text(PERIODS.get(i)), Cell.text(Labels.channel(f.dimension())),
						Cell.count(f.items()), Cell.money(f.amount())));
			}
		}
		return new ReportTable("couts", "Coût des actions par canal", List.of("période", "canal", "actions", "coût"),
				rows);
	}

	ReportTable avoided() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < PERIODS.size(); i++) {
			for (Figure f : this.periods.get(i).rows(Kpi.AVOIDED_BY_VALUE)) {
				rows.add(List.of(Cell.text(PERIODS.get(i)), Cell.text("règle de valeur"), Cell.count(f.items()),
						Cell.money(f.amount())));
			}
			for (Figure f : this.periods.get(i).rows(Kpi.AVOIDED_BY_SUPPRESSION)) {
				rows.add(List.of(Cell.text(PERIODS.get(i)), Cell.text("annulée : " + f.dimension()),
						Cell.count(f.items()), Cell.money(f.amount())));
			}
		}
		return new ReportTable("relances-evitees", "Relances évitées et économie",
				List.of("période", "motif", "relances", "économie"), rows);
	}

	ReportTable rejects() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < PERIODS.size(); i++) {
			String period = PERIODS.get(i);
			this.periods.get(i)
				.rows(Kpi.REJECT_CODES)
				.stream()
				.sorted((a, b) -> Long.compare(b.items(), a.items()))
				.limit(10)
				.forEach((f) -> rows.add(List.of(Cell.text(period), Cell.text(f.payer()), Cell.text(f.dimension()),
						Cell.count(f.items()), Cell.money(f.amount()))));
		}
		return new ReportTable("rejets", "Principaux codes de rejet des payeurs",
				List.of("période", "payeur", "code", "lignes", "montant réclamé"), rows);
	}

	ReportTable uplifts() {
		List<List<Cell>> rows = new ArrayList<>();
		for (Figure f : this.periods.get(0).rows(Kpi.UPLIFT)) {
			String[] stepBand = f.dimension().split(" ", 2);
			rows.add(List.of(Cell.text(stepBand[0]), Cell.text(stepBand.length > 1 ? stepBand[1] : ""),
					Cell.rate(f.rate()), Cell.count(f.items())));
		}
		return new ReportTable("efficacite", "Effet calibré de chaque étape (hausse de la probabilité de paiement)",
				List.of("étape", "tranche de solde", "effet", "actions observées"), rows);
	}

	ReportTable trend() {
		List<List<Cell>> rows = new ArrayList<>();
		for (PeriodFigures m : this.months) {
			rows.add(List.of(Cell.text(YearMonth.from(m.from()).toString()), Cell.money(m.amount(Kpi.RECOVERED)),
					Cell.money(m.amount(Kpi.OPEN_BALANCE)), Cell.money(m.amount(Kpi.ACTION_COST))));
		}
		return new ReportTable("tendance", "Tendance sur 12 mois", List.of("mois", "recouvré", "solde ouvert", "coût"),
				rows);
	}

}
