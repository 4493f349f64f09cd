package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldWriterHookTests {

	@TempDir
	Path dir;

	@Test
	void anExtraWriterSeesEveryInvoiceBetweenItsEstablishmentCalls() throws IOException {
		List<String> calls = new ArrayList<>();
		List<WorldWriter.Factory> writers = new ArrayList<>(SampleWorldGenerator.standardWriters());
		writers.add(options -> new RecordingWriter(calls, -1));
		GenerationReport report = new SampleWorldGenerator(writers)
			.generate(new GenerationOptions(2, 3, 5, LocalDate.of(2026, 3, 16), this.dir));
		List<String> finess = List.copyOf(report.invoicesByFiness().keySet());
		assertThat(calls).containsExactly("begin " + finess.get(0), "write " + finess.get(0), "write " + finess.get(0),
				"write " + finess.get(0), "end " + finess.get(0), "begin " + finess.get(1), "write " + finess.get(1),
				"write " + finess.get(1), "write " + finess.get(1), "end " + finess.get(1), "finish", "close");
	}

	@Test
	void aFailingWriterStopsTheRunClosesAllAndLeavesNoFinishedLedger() throws IOException {
		List<String> calls = new ArrayList<>();
		List<WorldWriter.Factory> writers = new ArrayList<>(SampleWorldGenerator.standardWriters());
		writers.add(options -> new RecordingWriter(calls, 2));
		GenerationOptions options = new GenerationOptions(1, 10, 5, LocalDate.of(2026, 3, 16), this.dir);
		assertThatIOException().isThrownBy(() -> new SampleWorldGenerator(writers).generate(options))
			.withMessage("disk full");
		assertThat(calls).endsWith("close").doesNotContain("finish");
		try (Stream<Path> files = Files.walk(this.dir)) {
			assertThat(files.map(Path::toString).filter(name -> name.endsWith(".csv"))).isEmpty();
		}
	}

	/**
	 * Records the calls it gets; fails on the write numbered {@code failAt} (0-based)
	 * when not negative.
	 */
	private static final class RecordingWriter implements WorldWriter {

		private final List<String> calls;

		private final int failAt;

		private int writes;

		RecordingWriter(List<String> calls, int failAt) {
			this.calls = calls;
			this.failAt = failAt;
		}

		@Override
		public void beginEstablishment(SampleEstablishment establishment) {
			this.calls.add("begin " + establishment.finess());
		}

		@Override
		public void write(GeneratedInvoice invoice) throws IOException {
			if (this.writes++ == this.failAt) {
				throw new IOException("disk full");
			}
			this.calls.add("write " + invoice.finess());
		}

		@Override
		public void endEstablishment(SampleEstablishment establishment) {
			this.calls.add("end " + establishment.finess());
		}

		@Override
		public void finish() {
			this.calls.add("finish");
		}

		@Override
		public List<Path> files() {
			return List.of();
		}

		@Override
		public void close() {
			this.calls.add("close");
		}

	}

}
