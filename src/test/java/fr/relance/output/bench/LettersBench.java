package fr.relance.output.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.support.ids.CreditorReference;
import fr.relance.output.letters.InvoiceLine;
import fr.relance.output.letters.Letter;
import fr.relance.output.letters.LetterDocument;
import fr.relance.output.letters.LetterTemplate;
import fr.relance.output.letters.LetterTemplates;
import fr.relance.support.postal.AddressBlock;

/**
 * Letters into merged print files (files of 1,000 letters, one task per file, as many
 * threads as cores), next to a bare PDFBox loop that writes one page of similar text per
 * letter into files of the same size, in the same run. No database: the renderer's cost
 * only. Usage: {@code ops/bench/letters-bench.sh [letters]}.
 */
public final class LettersBench {

	private static final int PER_FILE = 1_000;

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	public static void main(String[] args) throws Exception {
		int letters = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int threads = Runtime.getRuntime().availableProcessors();
		Path dir = Files.createTempDirectory("letters-bench");
		LetterTemplate template = LetterTemplates.load(Path.of("jobs/letters")).forStep("first-letter").orElseThrow();
		List<Establishment> establishments = List.of(establishment("750000010"), establishment("670000025"));
		try {
			bareLoop(dir, Math.min(letters, 2 * PER_FILE), threads); // warm-up
			ours(dir, Math.min(letters, 2 * PER_FILE), threads, establishments, template);
			long cpu = cpuNanos();
			double bare = bareLoop(dir, letters, threads);
			double bareCpu = (cpuNanos() - cpu) / 1e9;
			cpu = cpuNanos();
			double ours = ours(dir, letters, threads, establishments, template);
			double oursCpu = (cpuNanos() - cpu) / 1e9;
			System.out.printf(Locale.ROOT, "BENCH letters=%d threads=%d files of %d%n", letters, threads, PER_FILE);
			System.out.printf(Locale.ROOT,
					"BENCH bare PDFBox loop (one page of text per letter): %.1f s, %.0f letters/s;"
							+ " %.1f CPU s, %.0f letters per CPU second%n",
					bare, letters / bare, bareCpu, letters / bareCpu);
			System.out.printf(Locale.ROOT,
					"BENCH Relance letters (templates, QR codes, PDF/A): %.1f s, %.0f letters/s"
							+ " (%.2fx the bare loop's time); %.1f CPU s, %.0f letters per CPU second%n",
					ours, letters / ours, ours / bare, oursCpu, letters / oursCpu);
			System.out.printf(Locale.ROOT,
					"BENCH on %d cores of its own, at most %.0f letters/s (letters per CPU second"
							+ " x cores); a loaded machine gives less in wall time%n",
					threads, threads * letters / oursCpu);
			System.out.printf(Locale.ROOT, "BENCH heap used at the end: %d MB%n",
					(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static double ours(Path dir, int letters, int threads, List<Establishment> establishments,
			LetterTemplate template) throws Exception {
		return timed(letters, threads, (from, to, file) -> {
			Establishment e = establishments.get(from / PER_FILE % establishments.size());
			List<Letter> batch = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				batch.add(letter(e, template, i));
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(file + ".pdf")))) {
				LetterDocument.write(e, batch, "bench", "bench/" + file, NIGHT, ZoneId.of("Europe/Paris"), out);
			}
		});
	}

	/**
	 * Seconds a bare PDFBox loop takes to write {@code letters} pages of 40 lines of text
	 * into files of {@link #PER_FILE}, one file per task on {@code threads} threads: the
	 * floor the letters are compared with (also by the whole-night benchmark).
	 */
	public static double bareLoop(Path dir, int letters, int threads) throws Exception {
		byte[] font;
		try (InputStream in = LettersBench.class
			.getResourceAsStream("/fr/relance/output/letters/fonts/DejaVuSans.ttf")) {
			font = in.readAllBytes();
		}
		return timed(letters, threads, (from, to, file) -> {
			try (PDDocument document = new PDDocument()) {
				PDType0Font regular = PDType0Font.load(document, new RandomAccessReadBuffer(font), true, false);
				for (int i = from; i < to; i++) {
					PDPage page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					try (PDPageContentStream content = new PDPageContentStream(document, page)) {
						content.beginText();
						content.setFont(regular, 10);
						content.newLineAtOffset(56, 780);
						content.setLeading(13);
						for (int line = 0; line < 40; line++) {
							content
								.showText("Ligne " + line + " du courrier " + i + " : somme due 1\u202F234,56\u00A0€");
							content.newLine();
						}
						content.endText();
					}
				}
				document.save(dir.resolve(file + "-bare.pdf").toFile());
			}
		});
	}

	/**
	 * CPU time of this process (all threads, GC included): on a shared machine, the
	 * figure load does not skew.
	 */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	@FunctionalInterface
	interface Part {

		void write(int from, int to, String file) throws IOException;

	}

	private static double timed(int letters, int threads, Part part) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> parts = new ArrayList<>();
			for (int from = 0; from < letters; from += PER_FILE) {
				int f = from;
				int t = Math.min(from + PER_FILE, letters);
				parts.add(pool.submit(() -> {
					part.write(f, t, "part-" + f);
					return null;
				}));
			}
			for (Future<?> f : parts) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Letter letter(Establishment e, LetterTemplate template, int i) {
		AddressBlock address = AddressBlock
			.of("Prénom" + i + " NOM" + i, List.of((i % 90 + 1) + " rue des Lilas"), "75011", "Paris", null)
			.block();
		List<InvoiceLine> invoices = List.of(
				new InvoiceLine("F" + (100000 + i), NIGHT.minusDays(60), new BigDecimal(i % 500 + 10).setScale(2)),
				new InvoiceLine("F" + (200000 + i), NIGHT.minusDays(40), new BigDecimal("23.40")));
		return new Letter(i, "RL20261120-" + i + "-1", NIGHT, template, address, invoices,
				CreditorReference.forEstablishment(e.finess(), i), null, null, false, false);
	}

	private static Establishment establishment(String finess) {
		return new Establishment(finess, "Clinique de banc d'essai (fictive)", Sector.PRIVATE,
				List.of("12 rue des Tilleuls"), "75015", "Paris", "Service facturation : 01 00 00 00 10",
				"https://paiement.example.fr/" + finess, "FR7630006000011234567890189", "AGRIFRPPXXX",
				"relance-standard", "private-clinic", new Sftp(finess, List.of(), Optional.empty()), false);
	}

}
