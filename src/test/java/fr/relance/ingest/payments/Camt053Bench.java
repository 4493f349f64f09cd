package fr.relance.ingest.payments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test (the suite never runs it): prints how fast a generated statement streams and
 * how much heap it takes. Run with a small heap to see that memory stays flat, e.g.
 * {@code java -Xmx64m -cp target/classes:target/test-classes fr.relance.ingest.payments.Camt053Bench 500000}.
 */
public final class Camt053Bench {

	private Camt053Bench() {
	}

	public static void main(String[] args) throws IOException {
		int entries = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
		Path file = Files.createTempFile("camt053-bench", ".xml");
		try {
			Camt053Fixtures.writeLargeStatement(file, entries);
			Runtime runtime = Runtime.getRuntime();
			long start = System.nanoTime();
			long lines = 0;
			long peak = 0;
			BigDecimal sum = BigDecimal.ZERO;
			try (Camt053Reader reader = Camt053Reader.open(file)) {
				for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
					sum = sum.add(line.amount());
					if (++lines % 10_000 == 0) {
						peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
					}
				}
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("%d lines, %s EUR, file %d MB, %d ms, %d lines/s, peak heap seen %d MB (max %d MB)%n",
					lines, sum, Files.size(file) >> 20, millis, lines * 1000 / Math.max(millis, 1), peak >> 20,
					runtime.maxMemory() >> 20);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
