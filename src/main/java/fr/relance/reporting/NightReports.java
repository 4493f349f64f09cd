package fr.relance.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.DropZone;
import fr.relance.reporting.internal.CsvTables;
import fr.relance.reporting.internal.KpiDao;
import fr.relance.reporting.internal.PdfReport;
import fr.relance.reporting.internal.XlsxWorkbook;
import fr.relance.support.config.RelanceProperties;

/**
 * Writes a night's KPI reports from the history: each establishment's own into its
 * {@code <drop>/<FINESS>/out/} (only its figures), the consolidated one for ops into
 * {@code <out>/<date>/reports/}. The first night of a month also writes the previous
 * month's report, once: a month frozen is never written again, and a correction recorded
 * later counts in the month it is recorded.
 */
@Component
public class NightReports {

	static final String CONSOLIDATED = "consolidated";

	private final KpiReader reader;

	private final DropZone dropZone;

	private final Path out;

	private final Jdbi jdbi;

	NightReports(KpiReader reader, DropZone dropZone, RelanceProperties properties, Jdbi jdbi) {
		this.reader = reader;
		this.dropZone = dropZone;
		this.out = properties.out();
		this.jdbi = jdbi;
	}

	/**
	 * The establishments' reports and the consolidated one; returns the files written.
	 */
	public List<Path> write(List<String> finesses, LocalDate night) {
		List<Path> written = new ArrayList<>();
		for (String finess : finesses) {
			written.addAll(writeEstablishment(finess, night));
		}
		written.addAll(writeConsolidated(night));
		return written;
	}

	/** One establishment's reports, into its drop folder's {@code out/}. */
	public List<Path> writeEstablishment(String finess, LocalDate night) {
		return write(finess, this.dropZone.out(finess), night);
	}

	/** The consolidated reports, for ops, into {@code <out>/<date>/reports/}. */
	public List<Path> writeConsolidated(LocalDate night) {
		return write(null, this.out.resolve(night.toString()).resolve("reports"), night);
	}

	private List<Path> write(String finess, Path dir, LocalDate night) {
		// the consolidated folder is the night's already; an establishment's out/ keeps
		// every night side by side
		String prefix = finess == null ? "kpi-" : night + "-kpi-";
		List<Path> written = new ArrayList<>(write(KpiReport.of(this.reader, finess, night), dir, prefix));
		YearMonth previous = YearMonth.from(night).minusMonths(1);
		String scope = finess == null ? CONSOLIDATED : finess;
		boolean due = this.jdbi.withExtension(KpiDao.class,
				(kpis) -> kpis.reportedIn(finess, previous.atDay(1), previous.atEndOfMonth())
						&& !kpis.frozen(scope, previous.atDay(1)));
		if (due) {
			// written before it is marked: a crash between the two writes the same
			// figures again the next night
			written.addAll(write(KpiReport.ofMonth(this.reader, finess, previous), dir, previous + "-kpi-mois-"));
			this.jdbi.useExtension(KpiDao.class, (kpis) -> kpis.freezeMonth(scope, previous.atDay(1), night));
		}
		return written;
	}

	/**
	 * One CSV per table, the workbook and the PDF: {@code <prefix>
	 *
	<table>
	 * .csv}, {@code <prefix>*.xlsx|pdf}.
	 */
	private static List<Path> write(KpiReport report, Path dir, String prefix) {
		List<Path> written = new ArrayList<>();
		List<ReportTable> tables = report.tables();
		for (ReportTable table : tables) {
			written.add(CsvTables.write(table, dir.resolve(prefix + table.name() + ".csv")));
		}
		String base = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
		written.add(XlsxWorkbook.write(tables, dir.resolve(base + ".xlsx")));
		written.add(PdfReport.write(dir.resolve(base + ".pdf"), title(report), notes(report), tables.get(0), List
			.of(KpiCharts.recoveryTrend(report), KpiCharts.ageing(report), KpiCharts.costAgainstRecovered(report)),
				Definitions.FRENCH));
		return written;
	}

	private static String title(KpiReport report) {
		String scope = report.scope().equals("consolidé") ? "tous établissements" : "établissement " + report.scope();
		return "Indicateurs de recouvrement – " + scope + " – nuit du " + report.night().format(Labels.DATE);
	}

	private static List<String> notes(KpiReport report) {
		String since = report.periods().get(0).trendsFrom().map((d) -> d.format(Labels.DATE)).orElse("cette nuit");
		return List.of(
				"Historique depuis le " + since + " : les tendances et cumuls commencent à la première nuit rapportée.",
				"Recouvré AMO et AMC : retours NOEMIE et relevés des mutuelles uniquement. Définitions en page 2.");
	}

}
