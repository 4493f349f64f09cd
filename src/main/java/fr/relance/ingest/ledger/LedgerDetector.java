package fr.relance.ingest.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerProfile.Column;
import fr.relance.ingest.ledger.internal.Charsets;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.intake.Refusal;
import fr.relance.support.money.Amounts;

/**
 * Recognises an establishment's ledger export by its own mapping profile: the header
 * names the mapped columns (or, without a header, the first line has the mapped positions
 * and a readable invoice amount). A file that looks like the export but misses columns or
 * is in another charset is refused at once, with the precise reason.
 */
@Component
class LedgerDetector implements FormatDetector {

	private final LedgerProfiles profiles;

	LedgerDetector(LedgerProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<Detection> detect(FileHead head, Establishment establishment) {
		LedgerProfile profile = profiles.of(establishment);
		if (profile == null || profile.isFec()) {
			return Optional.empty();
		}
		Charset declared = profile.charset().orElse(null);
		boolean utf8 = Charsets.isUtf8(head.bytes());
		Charset charset = declared != null ? declared
				: (utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
		List<CSVRecord> first = firstRecords(head.text(charset), profile);
		if (first.isEmpty()) {
			return Optional.empty();
		}
		Optional<Detection> detection = profile.header() ? byHeader(first, profile) : byPositions(first, profile);
		boolean wrongCharset = declared != null && declared.equals(StandardCharsets.UTF_8) && !utf8;
		if (detection.isPresent() && wrongCharset) {
			return Optional.of(Detection.refused(LedgerImporter.KIND,
					new Refusal(ReportCode.WRONG_CHARSET,
							"Le fichier n'est pas encodé en UTF-8 comme le prévoit le profil '" + profile.name()
									+ "' (accents illisibles) : rien n'a été importé.")));
		}
		return detection;
	}

	private static Optional<Detection> byHeader(List<CSVRecord> first, LedgerProfile profile) {
		List<String> header = new ArrayList<>();
		first.get(0).forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
		List<String> missing = new ArrayList<>();
		int found = 0;
		for (Column column : profile.columns().values()) {
			if (header.contains(column.name())) {
				found++;
			}
			else {
				missing.add(column.name());
			}
		}
		if (missing.isEmpty()) {
			return Optional.of(Detection.accepted(LedgerImporter.KIND, finessOf(first, header, profile)));
		}
		if (found >= 3 && found * 2 >= profile.columns().size()) {
			return Optional.of(Detection.refused(LedgerImporter.KIND,
					new Refusal(ReportCode.WRONG_HEADER, "En-tête non conforme au profil '" + profile.name()
							+ "' : colonnes absentes : " + String.join(", ", missing) + ". Rien n'a été importé.")));
		}
		return Optional.empty();
	}

	private static String finessOf(List<CSVRecord> first, List<String> header, LedgerProfile profile) {
		Column finess = profile.columns().get(LedgerField.FINESS);
		if (finess == null || first.size() < 2) {
			return null;
		}
		int index = header.indexOf(finess.name());
		return index < first.get(1).size() ? blankToNull(first.get(1).get(index)) : null;
	}

	private static Optional<Detection> byPositions(List<CSVRecord> first, LedgerProfile profile) {
		CSVRecord line = first.get(0);
		int needed = profile.columns().values().stream().mapToInt(Column::position).max().orElse(0);
		if (line.size() < needed) {
			return Optional.empty();
		}
		String invoice = line.get(profile.columns().get(LedgerField.INVOICE_NUMBER).position() - 1);
		String total = line.get(profile.columns().get(LedgerField.TOTAL).position() - 1);
		try {
			Amounts.parse(total, profile.decimalMark());
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		if (invoice.isBlank()) {
			return Optional.empty();
		}
		Column finess = profile.columns().get(LedgerField.FINESS);
		return Optional.of(Detection.accepted(LedgerImporter.KIND,
				finess == null ? null : blankToNull(line.get(finess.position() - 1))));
	}

	private static List<CSVRecord> firstRecords(String text, LedgerProfile profile) {
		String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(profile.separator()).setTrim(true).get();
		List<CSVRecord> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(start)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				records.add(record);
				if (records.size() == 2) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// a head cut in the middle of a quoted field, or not CSV at all: what was
			// read is enough or nothing is
		}
		return records;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
