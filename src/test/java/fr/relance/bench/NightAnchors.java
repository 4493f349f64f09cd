package fr.relance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

import fr.relance.output.bench.LettersBench;

/**
 * The physical floors a night's stages are compared with, measured on the same files as
 * the night: {@code sha256sum} of the dropped files (intake), a {@code COPY} of every
 * input into an unlogged table (ingest), a bare Commons CSV parse of the CSV ledgers, and
 * a bare PDFBox loop writing one page of text per letter (letters).
 */
final class NightAnchors {

	private NightAnchors() {
	}

	/** Every regular file under {@code drop}, sorted. */
	static List<Path> files(Path drop) throws IOException {
		try (Stream<Path> walk = Files.walk(drop)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/**
	 * Seconds {@code sha256sum} takes over the files (one process, as many arguments).
	 */
	static double sha256sum(List<Path> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("sha256sum");
		files.forEach(f -> command.add(f.toString()));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("sha256sum failed with exit " + process.exitValue());
		}
		return seconds(start);
	}

	/**
	 * Seconds to COPY every file into an unlogged table: a CSV ledger field by field (its
	 * delimiter and charset found from its first bytes), any other file (NOEMIE, B2, bank
	 * statement, FEC) line by line into one text column.
	 */
	static double copy(Connection connection, List<Path> files) throws Exception {
		double total = 0;
		try (Statement st = connection.createStatement()) {
			st.execute("DROP SCHEMA IF EXISTS bench_anchor CASCADE");
			st.execute("CREATE SCHEMA bench_anchor");
			int n = 0;
			for (Path file : files) {
				String table = "bench_anchor.f" + (n++);
				CsvShape csv = CsvShape.of(file);
				String sql;
				if (csv != null) {
					StringBuilder columns = new StringBuilder();
					for (int c = 0; c < csv.columns(); c++) {
						columns.append(c == 0 ? "" : ", ").append("c").append(c).append(" text");
					}
					st.execute("CREATE UNLOGGED TABLE " + table + " (" + columns + ")");
					sql = "COPY " + table + " FROM STDIN (FORMAT csv, HEADER true, DELIMITER '" + csv.delimiter()
							+ "', ENCODING '" + (csv.charset() == StandardCharsets.UTF_8 ? "UTF8" : "WIN1252") + "')";
				}
				else {
					st.execute("CREATE UNLOGGED TABLE " + table + " (line text)");
					// every byte is a LATIN1 character, and neither control character
					// occurs in the files: one row per line, as read
					sql = "COPY " + table + " FROM STDIN (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02',"
							+ " ENCODING 'LATIN1')";
				}
				long start = System.nanoTime();
				try (InputStream in = Files.newInputStream(file)) {
					connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
				}
				total += seconds(start);
			}
			st.execute("DROP SCHEMA bench_anchor CASCADE");
		}
		return total;
	}

	/** Seconds a bare Commons CSV parse of the CSV ledgers takes, every field read. */
	static double csvParse(List<Path> files) throws IOException {
		long start = System.nanoTime();
		for (Path file : files) {
			CsvShape csv = CsvShape.of(file);
			if (csv == null) {
				continue;
			}
			try (Reader reader = Files.newBufferedReader(file, csv.charset());
					CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter()).get().parse(reader)) {
				for (CSVRecord row : parser) {
					row.values();
				}
			}
		}
		return seconds(start);
	}

	/**
	 * Seconds per letter of the bare PDFBox loop ({@link LettersBench}), over
	 * {@code letters} letters on {@code threads} threads, after a warm-up.
	 */
	static double pdfSecondsPerLetter(Path dir, int letters, int threads) throws Exception {
		Files.createDirectories(dir);
		// the bare loop embeds subset fonts without our subsetting call, and PDFBox warns
		// on every page on the standard error, whatever level its logger is given once a
		// night's context has closed: keep that noise out of the figures
		PrintStream err = System.err;
		System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
		try {
			LettersBench.bareLoop(dir, Math.min(letters, 1_000), threads);
			return LettersBench.bareLoop(dir, letters, threads) / letters;
		}
		finally {
			System.setErr(err);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * A CSV file's delimiter (the most frequent of {@code ; , | TAB} on its first line),
	 * charset (UTF-8 when its first 64 KB decode as such, else Windows-1252) and column
	 * count; null for a file that is not a {@code .csv}.
	 */
	record CsvShape(char delimiter, Charset charset, int columns) {

		static CsvShape of(Path file) throws IOException {
			if (!file.getFileName().toString().endsWith(".csv")) {
				return null;
			}
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(65_536);
			}
			Charset charset = decodes(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
			String first = new String(head, charset).lines().findFirst().orElse("");
			char delimiter = ';';
			long best = -1;
			for (char candidate : new char[] { ';', ',', '|', '\t' }) {
				long count = first.chars().filter(c -> c == candidate).count();
				if (count > best) {
					best = count;
					delimiter = candidate;
				}
			}
			try (CSVParser parser = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.get()
				.parse(new java.io.StringReader(first))) {
				int columns = parser.getRecords().get(0).size();
				return new CsvShape(delimiter, charset, columns);
			}
		}

		private static boolean decodes(byte[] head) {
			// a multi-byte character cut at the 64 KB boundary is not a decoding error
			int end = head.length;
			while (end > 0 && end > head.length - 4 && (head[end - 1] & 0x80) != 0) {
				end--;
			}
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(head, 0, end));
				return true;
			}
			catch (CharacterCodingException e) {
				return false;
			}
		}

	}

}
