package fr.relance.samples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import fr.relance.samples.GenerationOptions;
import fr.relance.samples.GenerationReport;
import fr.relance.samples.SampleWorldGenerator;

/**
 * Not a test (the suite does not run it): generates 1 establishment x 1,000,000 invoices
 * and prints elapsed time, invoices per second and peak heap. Run with a small heap to
 * show memory stays flat, e.g.
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> fr.relance.samples.bench.SampleWorldBenchmark
 * [outputDir] [establishments] [invoicesPerEstablishment] [profile,profile...]} (profiles
 * default to the round-robin of all four, so one establishment is written in
 * {@code relance-standard}; give {@code fec} to time the FEC).
 */
public final class SampleWorldBenchmark {

	private SampleWorldBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("relance-world-");
		int establishments = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		int invoices = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
		GenerationOptions options = new GenerationOptions(establishments, invoices, 20260316L,
				LocalDate.of(2026, 3, 16), out);
		if (args.length > 3) {
			options = options.withProfiles(List.of(args[3].split(",")));
		}
		AtomicLong sampledPeak = new AtomicLong();
		Thread sampler = new Thread(() -> sample(sampledPeak), "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		GenerationReport report = new SampleWorldGenerator().generate(options);
		sampler.interrupt();
		double seconds = report.elapsed().toNanos() / 1e9;
		long bytes = 0;
		for (Path file : report.files()) {
			bytes += Files.size(file);
		}
		System.out.printf("invoices        %,d in %,d establishment(s)%n", report.totalInvoices(), establishments);
		System.out.printf("elapsed         %.2f s%n", seconds);
		System.out.printf("throughput      %,.0f invoices/s%n", report.totalInvoices() / seconds);
		System.out.printf("written         %,d files, %,.1f MB%n", report.files().size(), bytes / 1e6);
		System.out.printf("peak heap used  %,.1f MB sampled (Runtime), %,.1f MB pool peaks; max heap %,.0f MB%n",
				sampledPeak.get() / 1e6, poolPeaks() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
		System.out.println("profiles        " + options.ledgerProfiles());
		System.out.println("output          " + out);
	}

	/** Used heap every 5 ms, from Runtime as a reader would check it. */
	private static void sample(AtomicLong peak) {
		Runtime runtime = Runtime.getRuntime();
		while (!Thread.currentThread().isInterrupted()) {
			peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * Sum of the heap pools' peak usage (an upper bound: pools do not peak at the same
	 * instant).
	 */
	private static long poolPeaks() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(usage -> usage == null ? 0 : usage.getUsed())
			.sum();
	}

}
