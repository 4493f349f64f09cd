package fr.relance.support.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long stage for a person at a terminal: "ingest 120 000 / 1 000 000 (54
 * 000/s)", redrawn at most twice a second on stderr. Silent when there is no terminal
 * (cron): there the stage's summary line is enough.
 */
public final class ProgressMeter {

	private final String label;

	private final long total;

	private final PrintStream out;

	private final long startNanos = System.nanoTime();

	private long done;

	private long lastDrawNanos;

	private ProgressMeter(String label, long total, PrintStream out) {
		this.label = label;
		this.total = total;
		this.out = out;
	}

	/** A meter that draws only when stderr is an interactive terminal. */
	public static ProgressMeter start(String label, long total) {
		return new ProgressMeter(label, total, System.console() != null ? System.err : null);
	}

	public void advance(long items) {
		done += items;
		long now = System.nanoTime();
		if (out != null && now - lastDrawNanos > Duration.ofMillis(500).toNanos()) {
			lastDrawNanos = now;
			out.print("\r" + line(now));
			out.flush();
		}
	}

	public void finish() {
		if (out != null && lastDrawNanos != 0) {
			out.println("\r" + line(System.nanoTime()));
		}
	}

	private String line(long now) {
		double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
		String of = total > 0 ? String.format(Locale.ROOT, " / %,d", total) : "";
		return String.format(Locale.ROOT, "%s %,d%s (%,.0f/s)   ", label, done, of, done / seconds);
	}

}
