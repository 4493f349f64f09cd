package fr.relance.support.batch;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import fr.relance.support.text.Printable;

/**
 * What a night did, stage by stage: printed as a table at the end of every run and
 * written as JSON to {@code <out>/<date>/run-summary.json}.
 *
 * @param runDate business date of the night
 * @param status final status of the job (COMPLETED, FAILED, ...)
 * @param attempt how many executions this night took (restarts included)
 * @param stages one line per pipeline stage, in pipeline order
 * @param files every file registered for this night, with its fate
 * @param establishments each establishment's own night
 */
public record RunSummary(LocalDate runDate, String status, int attempt, List<StageLine> stages, List<FileLine> files,
		List<EstablishmentLine> establishments) {

	public RunSummary {
		establishments = List.copyOf(establishments);
	}

	/** The establishments whose night did not complete. */
	public List<EstablishmentLine> unfinished() {
		return establishments.stream().filter((e) -> !e.completed()).toList();
	}

	/**
	 * Some input was refused (rows or files): the run completed but someone must look
	 * (exit status 3).
	 */
	public boolean refusedInput() {
		return stages.stream().anyMatch(StageLine::refusedInput);
	}

	/** The same summary with one stage's line replaced by {@code restate} of it. */
	public RunSummary withStage(String stage, UnaryOperator<StageLine> restate) {
		return new RunSummary(runDate, status, attempt,
				stages.stream().map(s -> s.stage().equals(stage) ? restate.apply(s) : s).toList(), files,
				establishments);
	}

	/**
	 * The table of the night. With several establishments, a stage of theirs shows its
	 * totals only (intake's note, restated from the file registry, is the night's), and
	 * each establishment's notes follow under its own line.
	 */
	public void print(PrintStream out) {
		out.printf(Locale.ROOT, "Relance nightly %s: %s (attempt %d)%n", runDate, status, attempt);
		String format = "%-13s %-10s %10s %10s %9s %8s  %s%n";
		out.printf(Locale.ROOT, format, "stage", "status", "read", "written", "rejected", "seconds", "note");
		boolean several = establishments.size() > 1;
		for (StageLine s : stages) {
			boolean theirs = establishments.stream()
				.anyMatch((e) -> e.stages().stream().anyMatch((l) -> l.stage().equals(s.stage())));
			String note = several && theirs && !s.stage().equals(PipelineStage.INTAKE.stepName()) ? "" : s.note();
			out.printf(Locale.ROOT, format, s.stage(), s.status(), s.read(), s.written(), s.rejected(), s.seconds(),
					note);
		}
		if (several || !unfinished().isEmpty()) {
			out.println("Establishments:");
			String each = "  %-10s %-10s %7s %8s  %s%n";
			out.printf(Locale.ROOT, each, "finess", "status", "attempt", "seconds", "stopped at");
			for (EstablishmentLine e : establishments) {
				out.printf(Locale.ROOT, each, e.finess(), e.status(), e.attempt(), e.seconds(), e.stoppedAt());
				if (several) {
					e.stages()
						.stream()
						.filter((l) -> !l.note().isBlank() && !l.stage().equals("intake"))
						.forEach((l) -> out.printf(Locale.ROOT, "      %-10s %s%n", l.stage(), l.note()));
				}
			}
		}
		List<String> alerts = stages.stream()
			.flatMap((s) -> s.alerts().stream().map((a) -> s.stage() + ": " + a))
			.toList();
		if (!alerts.isEmpty()) {
			out.println("Alerts:");
			alerts.forEach((a) -> out.println("  " + Printable.of(a)));
		}
		List<FileLine> attention = files.stream().filter(FileLine::needsAttention).toList();
		if (!attention.isEmpty()) {
			out.println("Files to look at:");
			for (FileLine f : attention) {
				out.printf(Locale.ROOT, "  %s %-30s %-18s %s%s%n", f.finess(), Printable.of(f.name()), f.status(),
						f.reasonCode() == null ? "" : f.reasonCode(),
						f.rowsRejected() == null || f.rowsRejected() == 0 ? "" : f.rowsRejected() + " rows rejected");
			}
		}
	}

}
