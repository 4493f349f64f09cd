package fr.relance.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.retention.ClosedCase;
import fr.relance.retention.ClosedCases;
import fr.relance.retention.Expired;
import fr.relance.retention.RetentionKind;
import fr.relance.retention.RetentionPlan;
import fr.relance.retention.RetentionSettings;
import fr.relance.support.text.Printable;
import fr.relance.support.time.RunDates;

/**
 * {@code retention --dry-run [--date D]}: every file the night of D would delete as past
 * its retention period, and why, and every patient of a closed case it would purge
 * (masked identifier only); without {@code --dry-run}, deletes and purges them now (what
 * the night's retention stage does).
 */
class RetentionCommand implements Command {

	@Override
	public String name() {
		return "retention";
	}

	@Override
	public String summary() {
		return "list (--dry-run) or delete the files past their retention period and the patients of closed cases";
	}

	@Override
	public String usage() {
		return """
				usage: relance retention --dry-run [--date YYYY-MM-DD] [options]
				       relance retention [--date YYYY-MM-DD] [options]

				Every night ends with the retention stage, which deletes the files past their retention period and
				counts them in the run summary. --dry-run lists, without deleting anything, exactly what the night of
				--date (default today) would delete, with each kind's period; without it, deletes them now.
				  archive     <drop>/.archive/<FINESS>/<date>/        relance.retention.archive-days (180)
				  quarantine  <drop>/.quarantine/<FINESS>/...         relance.retention.quarantine-days (90)
				  reports     <drop>/<FINESS>/out/<date>-*            relance.retention.reports-days (90)
				  outputs     <out>/<date>/* but run-summary.json     relance.retention.outputs-days (400)
				It also lists the patients whose case is closed (nothing left open on their invoices, or only
				time-barred parts) and quiet (nothing happened on it for relance.retention.closed-case-days, by
				default the establishment's limitation horizon), by FINESS and masked identifier: the night erases
				their personal data and keeps the amounts.
				  --dry-run             list only
				  --date YYYY-MM-DD     the night to count ages from (default today)
				""" + EngineOptions.HELP + """

				exit status: 0 done, 1 failed, 2 bad usage
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		Set<String> known = new HashSet<>(EngineOptions.NAMES);
		known.addAll(Set.of("dry-run", "date"));
		arguments.checkOptions(known);
		if (arguments.words().size() > 1) {
			throw new UsageException("retention takes no operand, got '" + arguments.words().get(1) + "'");
		}
		LocalDate date = arguments.option("date").map(RunDates::parse).orElse(null);
		boolean dryRun = arguments.flag("dry-run");
		try (ConfigurableApplicationContext engine = Engine.start(EngineOptions.properties(arguments))) {
			LocalDate night = date != null ? date : LocalDate.now(engine.getBean(Clock.class));
			RetentionPlan plan = engine.getBean(RetentionPlan.class);
			List<Expired> expired = plan.expiredOn(night);
			RetentionSettings settings = plan.settings();
			console.out()
				.println((dryRun ? "Dry run: the night of " + night + " would delete " : "Deleting ") + expired.size()
						+ " file(s) past their retention period");
			for (RetentionKind kind : RetentionKind.values()) {
				List<Expired> ofKind = expired.stream().filter(e -> e.kind() == kind).toList();
				console.out()
					.printf(Locale.ROOT, "%s: %d file(s) dated before %s (kept %d days)%n",
							kind.name().toLowerCase(Locale.ROOT), ofKind.size(), night.minusDays(settings.days(kind)),
							settings.days(kind));
				ofKind
					.forEach(e -> console.out().println("  " + e.dated() + "  " + Printable.of(plan.shown(e.file()))));
			}
			ClosedCases closedCases = engine.getBean(ClosedCases.class);
			List<ClosedCase> closed = closedCases.closedOn(night, List.of());
			console.out()
				.println("patients: " + closed.size() + " patient(s) of closed cases"
						+ (dryRun ? " would be purged" : " to purge") + " (kept " + (settings.closedCaseDays() != null
								? settings.closedCaseDays() + " days" : "the limitation horizon")
						+ " after the last activity)");
			closed.forEach(c -> console.out().println("  " + c.lastActivity() + "  " + c.shown()));
			if (!dryRun) {
				Map<RetentionKind, Long> deleted = plan.delete(expired);
				console.out()
					.println("Deleted " + deleted.values().stream().mapToLong(Long::longValue).sum() + " file(s).");
				console.out().println("Purged " + closedCases.purge(closed, night) + " patient(s).");
			}
		}
		return ExitCode.OK;
	}

}
