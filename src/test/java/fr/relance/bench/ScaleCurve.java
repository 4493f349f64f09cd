package fr.relance.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cost per invoice of every stage at each size of a {@code --scale} run: linear
 * growth keeps it flat. Then the largest size's cost over the smallest's, and the worst
 * step, the largest ratio of one size's cost to the size before (above 1, the stage grew
 * faster than the world between them; fixed costs of a small night push ratios below 1).
 */
final class ScaleCurve {

	private ScaleCurve() {
	}

	static void print(List<WholeNightBench.SizeResult> results, PrintStream out) {
		for (String night : List.of("first", "next")) {
			out.printf(Locale.ROOT, "%nscale curve, %s night: microseconds of stage time per invoice%n", night);
			StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "stage"));
			results.forEach(r -> header
				.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, "%,d", r.invoices()))));
			out.println(header.append(String.format(Locale.ROOT, " %10s %10s", "last/first", "worst step")));
			Set<String> stages = new LinkedHashSet<>();
			results.forEach(r -> nightOf(r, night).stages()
				.stream()
				.filter(s -> s.seconds() > 0)
				.forEach(s -> stages.add(s.stage())));
			List<String> rows = new ArrayList<>(stages);
			rows.add("wall");
			for (String stage : rows) {
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", stage));
				double firstCost = -1;
				double previous = -1;
				double lastCost = -1;
				double worstStep = 0;
				for (WholeNightBench.SizeResult r : results) {
					NightFigures figures = nightOf(r, night);
					double seconds = stage.equals("wall") ? figures.wallSeconds() : secondsOf(figures, stage);
					double cost = seconds * 1e6 / r.invoices();
					firstCost = firstCost < 0 ? cost : firstCost;
					if (previous > 0) {
						worstStep = Math.max(worstStep, cost / previous);
					}
					previous = cost;
					lastCost = cost;
					line.append(String.format(Locale.ROOT, " %12.2f", cost));
				}
				line.append(firstCost > 0
						? String.format(Locale.ROOT, " %10.2f %10.2f", lastCost / firstCost, worstStep) : "");
				out.println(line);
			}
		}
	}

	private static NightFigures nightOf(WholeNightBench.SizeResult result, String night) {
		return night.equals("first") ? result.first() : result.next();
	}

	private static double secondsOf(NightFigures figures, String stage) {
		NightFigures.Stage s = figures.stage(stage);
		return s == null ? 0 : s.seconds();
	}

}
