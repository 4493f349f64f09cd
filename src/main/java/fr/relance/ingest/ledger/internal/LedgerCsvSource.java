package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.ingest.ledger.LedgerProfile.Column;
import fr.relance.intake.Refusal;

/**
 * Streams the lines of a CSV ledger export as {@link RawLine}s, mapped by the
 * establishment's profile. Refuses the whole file when its header lacks mapped columns,
 * when its bytes are not in the declared charset, or when a record or field is longer
 * than the {@link RecordLimits}.
 */
final class LedgerCsvSource {

	private final LedgerProfile profile;

	private final RecordLimits limits;

	private final String fileName;

	LedgerCsvSource(LedgerProfile profile, RecordLimits limits, String fileName) {
		this.profile = profile;
		this.limits = limits;
		this.fileName = fileName;
	}

	/** Reads every line; returns the number of lines read. */
	long read(Path file, Consumer<RawLine> sink) {
		byte[] head = head(file);
		Charset charset = Charsets.resolve(profile.charset(), head);
		long lines = 0;
		long physicalLine = profile.header() ? 1 : 0;
		try (InputStream in = Files.newInputStream(file); Reader reader = Charsets.strictReader(in, charset)) {
			CsvRecordReader records = new CsvRecordReader(reader, profile.separator(), limits, fileName);
			String[] header = profile.header() ? records.next() : null;
			if (header != null) {
				records.names(header);
			}
			int[] positions = positions(header);
			int expected = header != null ? header.length : maxPosition(positions) + 1;
			int lastFields = expected;
			long lastStart = 0;
			for (String[] record = records.next(); record != null; record = records.next()) {
				long start = physicalLine + 1;
				physicalLine = records.lineNumber();
				sink.accept(new RawLine(start, record, positions));
				lines++;
				lastFields = record.length;
				lastStart = start;
			}
			if (profile.snapshot() && lines > 0) {
				refuseIfCut(records.endedWithoutLineBreak(), lastStart, lastFields, expected);
			}
			return lines;
		}
		catch (UncheckedIOException e) {
			throw refusalFor(e.getCause(), charset, physicalLine);
		}
		catch (IOException e) {
			throw refusalFor(e, charset, physicalLine);
		}
	}

	/**
	 * A full snapshot is applied whole, invoices missing from it are closed: one whose
	 * end was lost in transfer must not be taken for the whole ledger. Its last record is
	 * cut when no line break follows it, or when it has fewer fields than the header
	 * (without a header: than the last mapped column needs).
	 */
	private void refuseIfCut(boolean noFinalLineBreak, long lastLine, int fields, int expected) {
		if (noFinalLineBreak) {
			throw new FileRefusedException(new Refusal(ReportCode.TRUNCATED_FILE,
					"L'export complet ne se termine pas par une fin " + "de ligne après sa dernière ligne (ligne "
							+ lastLine + ") : il semble coupé pendant l'envoi. Rien n'a "
							+ "été importé ; déposez de nouveau le fichier entier."));
		}
		if (fields < expected) {
			throw new FileRefusedException(new Refusal(ReportCode.TRUNCATED_FILE,
					"La dernière ligne de l'export complet (ligne " + lastLine + ") n'a que " + fields
							+ " colonnes sur " + expected + " : le fichier semble coupé pendant "
							+ "l'envoi. Rien n'a été importé ; déposez de nouveau le fichier entier."));
		}
	}

	private static int maxPosition(int[] positions) {
		int max = -1;
		for (int p : positions) {
			max = Math.max(max, p);
		}
		return max;
	}

	/**
	 * 0-based index of each mapped field in a record, by the header's names (null without
	 * a header).
	 */
	private int[] positions(String[] headerNames) {
		LedgerField[] fields = LedgerField.values();
		int[] positions = new int[fields.length];
		List<String> missing = new ArrayList<>();
		Map<String, Integer> header = headerNames == null ? Map.of() : header(headerNames);
		for (LedgerField field : fields) {
			Column column = profile.columns().get(field);
			if (column == null) {
				positions[field.ordinal()] = -1;
			}
			else if (column.name() != null) {
				Integer index = header == null ? null : header.get(column.name());
				if (index == null) {
					missing.add(column.name());
				}
				positions[field.ordinal()] = index == null ? -1 : index;
			}
			else {
				positions[field.ordinal()] = column.position() - 1;
			}
		}
		if (!missing.isEmpty()) {
			throw new FileRefusedException(new Refusal(ReportCode.WRONG_HEADER, "En-tête non conforme au profil '"
					+ profile.name() + "' : colonnes absentes : " + String.join(", ", missing) + "."));
		}
		return positions;
	}

	/**
	 * Header names without surrounding blanks; of two equal names, the last column wins.
	 */
	private static Map<String, Integer> header(String[] names) {
		Map<String, Integer> header = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			header.put(names[i].trim(), i);
		}
		return header;
	}

	private FileRefusedException refusalFor(Throwable e, Charset charset, long line) {
		if (e instanceof CharacterCodingException) {
			return new FileRefusedException(new Refusal(ReportCode.WRONG_CHARSET,
					"Le fichier contient, vers la ligne " + (line + 1) + ", des caractères qui ne sont pas en "
							+ charset.name() + " comme le prévoit le profil '" + profile.name()
							+ "'. Rien n'a été importé."));
		}
		if (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("EOF")) {
			return new FileRefusedException(new Refusal(ReportCode.TRUNCATED_FILE,
					"Le fichier se termine au milieu d'un champ" + " entre guillemets (ligne " + (line + 1)
							+ ") : il semble tronqué. Rien n'a été importé."));
		}
		throw new UncheckedIOException(new IOException("cannot read the ledger: " + e.getMessage(), e));
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(65536);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
