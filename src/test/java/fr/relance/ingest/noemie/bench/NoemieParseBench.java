package fr.relance.ingest.noemie.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieEvent;
import fr.relance.formats.noemie.NoemieReader;
import fr.relance.formats.noemie.NoemieSamples;
import fr.relance.formats.noemie.NoemieStream;
import fr.relance.formats.noemie.NoemieWriter;

/**
 * Throughput of the NOEMIE reader; not part of the test suite. Writes a file of N invoice
 * returns (argument, default 1,000,000; lots of 10,000 closed by a 990) with
 * {@link NoemieWriter} into a temporary folder, times a plain read of its bytes and then
 * a full parse, twice each, prints records/s and MB/s, and deletes the file. Run:
 * {@code mvn -o test-compile} then {@code java -cp target/classes:target/test-classes
 * fr.relance.ingest.noemie.bench.NoemieParseBench 1000000}.
 */
public final class NoemieParseBench {

	private static final int LOT_SIZE = 10_000;

	private NoemieParseBench() {
	}

	public static void main(String[] args) throws IOException {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path dir = Files.createTempDirectory("noemie-bench");
		Path file = dir.resolve("bench.noemie");
		try {
			long start = System.nanoTime();
			write(file, invoices);
			long bytes = Files.size(file);
			System.out.printf(Locale.ROOT, "wrote %,d invoice returns, %,d bytes (%,d records of 128) in %.1f s%n",
					invoices, bytes, bytes / 128, seconds(start));
			for (int run = 1; run <= 2; run++) {
				report("plain read", run, bytes, bytes / 128, "records", time(() -> plainRead(file)));
				long[] counted = new long[1];
				double parse = time(() -> counted[0] = parse(file));
				report("parse", run, bytes, counted[0], "invoice returns", parse);
				report("parse", run, bytes, bytes / 128, "records", parse);
			}
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private static void write(Path file, int invoices) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				NoemieWriter writer = new NoemieWriter(out, NoemieSamples.HEADER, LineEnd.NONE)) {
			writer.payee("000000999999999").transfer(NoemieSamples.TRANSFER);
			for (int n = 0; n < invoices; n++) {
				if (n % LOT_SIZE == 0) {
					if (n > 0) {
						writer.control();
					}
					writer.lot(new Lot(String.format("%03d", n / LOT_SIZE % 999 + 1), "250301",
							NoemieSamples.LOT.creationDate(), "01"));
				}
				writer.invoice(renumbered(NoemieSamples.invoice(n % 999), n));
			}
			writer.finish();
		}
	}

	/**
	 * Sample amounts grow with n: keep them small so the file total fits the trailer,
	 * renumber the invoice.
	 */
	private static InvoiceReturn renumbered(InvoiceReturn r, int n) {
		return new InvoiceReturn(r.transfer(), r.lot(), String.format("%09d", n), r.lotNumber(), r.lotDateRaw(),
				r.invoiceType(), r.billingDateRaw(), r.natureAssurance(), r.insuredNir(), r.beneficiaryNir(), r.amo(),
				r.amc(), r.rejects(), r.lines(), 0);
	}

	private static long plainRead(Path file) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long sum = 0;
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				sum += n + buffer[0];
			}
		}
		return sum;
	}

	private static long parse(Path file) throws IOException {
		long invoiceReturns = 0;
		try (NoemieStream events = new NoemieReader().open(Files.newInputStream(file))) {
			while (events.hasNext()) {
				NoemieEvent event = events.next();
				if (event instanceof InvoiceReturn) {
					invoiceReturns++;
				}
			}
		}
		return invoiceReturns;
	}

	private interface Step {

		void run() throws IOException;

	}

	private static double time(Step step) throws IOException {
		long start = System.nanoTime();
		step.run();
		return seconds(start);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void report(String what, int run, long bytes, long items, String unit, double seconds) {
		System.out.printf(Locale.ROOT, "%-10s run %d: %6.2f s  %,12.0f %s/s  %7.1f MB/s%n", what, run, seconds,
				items / seconds, unit, bytes / 1e6 / seconds);
	}

}
