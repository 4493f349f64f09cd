package fr.relance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Samples, four times a second while a night runs, the heap of this JVM and the memory of
 * the PostgreSQL server: the peaks of the whole-night benchmark. Heap is given twice:
 * used (garbage included, so it rises to whatever the collector lets it) and live (what
 * the last collection of each heap pool left). PostgreSQL's memory is the proportional
 * set size (Pss) of the postmaster and its children, so shared buffers are counted once
 * however many backends map them.
 */
final class MemoryPeaks implements AutoCloseable {

	private static final long MB = 1024 * 1024;

	private final Path dataDirectory;

	private final Thread sampler;

	private volatile boolean running = true;

	private volatile long heapUsed;

	private volatile long heapLive;

	private volatile long postgres;

	private MemoryPeaks(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		this.sampler = new Thread(this::sampleUntilClosed, "memory-peaks");
		this.sampler.setDaemon(true);
	}

	/** Starts sampling; the server is the one whose data directory is given. */
	static MemoryPeaks start(Path dataDirectory) {
		MemoryPeaks peaks = new MemoryPeaks(dataDirectory);
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		peaks.sampler.start();
		return peaks;
	}

	long heapUsedMb() {
		return Math.max(this.heapUsed, poolPeaks()) / MB;
	}

	long heapLiveMb() {
		return this.heapLive / MB;
	}

	long postgresMb() {
		return this.postgres / MB;
	}

	private void sampleUntilClosed() {
		while (this.running) {
			sample();
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	private void sample() {
		this.heapUsed = Math.max(this.heapUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		long live = 0;
		for (MemoryPoolMXBean pool : heapPools()) {
			MemoryUsage afterCollection = pool.getCollectionUsage();
			live += afterCollection == null ? 0 : afterCollection.getUsed();
		}
		this.heapLive = Math.max(this.heapLive, live);
		this.postgres = Math.max(this.postgres, postgresPss());
	}

	/** The sum of the heap pools' own peaks, which catch what falls between samples. */
	private static long poolPeaks() {
		return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	private long postgresPss() {
		try {
			Path pidFile = this.dataDirectory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return 0;
			}
			String postmaster = Files.readAllLines(pidFile).get(0).trim();
			long total = pss(postmaster);
			for (String child : children(postmaster)) {
				total += pss(child);
			}
			return total;
		}
		catch (IOException | RuntimeException e) {
			return 0; // the server stopping between two reads
		}
	}

	private static List<String> children(String parent) throws IOException {
		List<String> children = new ArrayList<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String name = process.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(process.resolve("stat"));
					// pid (comm) state ppid ...: comm may hold spaces, so read after its
					// closing parenthesis
					String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					if (rest[1].equals(parent)) {
						children.add(name);
					}
				}
				catch (IOException gone) {
					// the process ended while listed
				}
			}
		}
		return children;
	}

	private static long pss(String pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "smaps_rollup"))) {
				if (line.startsWith("Pss:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// the process ended while read
		}
		return 0;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.sampler.interrupt();
		this.sampler.join();
		sample();
	}

}
