package fr.relance.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.relance.intake.DropZone;
import fr.relance.reporting.internal.CsvTables;
import fr.relance.support.config.RelanceProperties;

/**
 * Writes a night's KPI reports from the history: each establishment's own into its {@code <drop>/<FINESS>/out/}
 * (only its figures), the consolidated one for ops into {@code <out>/<date>/reports/}.
 */
@Component
public class NightReports {

	private final KpiReader reader;

	private final DropZone dropZone;

	private final Path out;

	NightReports(KpiReader reader, DropZone dropZone, RelanceProperties properties) {
		this.reader = reader;
		this.dropZone = dropZone;
		this.out = properties.out();
	}

	/** Returns the files written. */
	public List<Path> write(List<String> finesses, LocalDate night) {
		List<Path> written = new ArrayList<>();
		for (String finess : finesses) {
			written.addAll(write(KpiReport.of(this.reader, finess, night), this.dropZone.out(finess), night + "-"));
		}
		Path reports = this.out.resolve(night.toString()).resolve("reports");
		written.addAll(write(KpiReport.of(this.reader, null, night), reports, ""));
		return written;
	}

	private static List<Path> write(KpiReport report, Path dir, String prefix) {
		List<Path> written = new ArrayList<>();
		for (ReportTable table : report.tables()) {
			written.add(CsvTables.write(table, dir.resolve(prefix + "kpi-" + table.name() + ".csv")));
		}
		return written;
	}

}
