package fr.relance.ingest.payments;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.ControlCharacters;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.money.Amounts;

/**
 * Records the card payments of a payment-page export as patient payments, with the RF
 * reference or invoice number they carry. A payment exported again in a later file (same
 * transaction id) is recorded once.
 */
@Component
public class PaymentPageImporter implements FileImporter {

	public static final String KIND = "payment-page";

	private final Jdbi jdbi;

	private final PaymentPageProfiles profiles;

	private final RecordLimits limits;

	PaymentPageImporter(Jdbi jdbi, PaymentPageProfiles profiles, IngestProperties settings) {
		this.limits = settings.limits();
		this.jdbi = jdbi;
		this.profiles = profiles;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		PaymentPageProfile profile = profile(file);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(profile.separator())
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		long[] counts = new long[3];
		try (Reader reader = new BoundedLineReader(Files.newBufferedReader(file.stored(), StandardCharsets.UTF_8),
				limits, file.originalName());
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			jdbi.useHandle(handle -> {
				InvoiceNumbering numbering = InvoiceNumbering.of(handle, establishment);
				for (CSVRecord record : csv) {
					counts[0]++;
					ReportedError garbled = ControlCharacters.in(record, csv.getHeaderNames(), file.originalName(),
							record.getRecordNumber() + 1);
					if (garbled != null) {
						context.reject(garbled);
						counts[2]++;
					}
					else if (insert(handle, numbering, record, profile, establishment, file, context)) {
						counts[1]++;
					}
					else {
						counts[2]++;
					}
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long recorded = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM payment WHERE source_file_id = :f")
			.bind("f", file.id())
			.mapTo(Long.class)
			.one());
		return new ImportOutcome(counts[0], recorded, counts[2], (counts[1] - recorded) + " already known");
	}

	/** Returns false when the line is rejected (reported). */
	private boolean insert(Handle handle, InvoiceNumbering numbering, CSVRecord r, PaymentPageProfile p,
			Establishment establishment, SourceFile file, ImportContext context) {
		long line = r.getRecordNumber() + 1;
		LocalDate paidOn;
		BigDecimal amount;
		try {
			paidOn = LocalDate.parse(r.get(p.date()), p.dateFormat());
		}
		catch (DateTimeParseException e) {
			context.reject(new ReportedError(file.originalName(), line, p.date(), r.get(p.date()), ReportCode.BAD_DATE,
					"Date de paiement illisible : paiement non pris en compte."));
			return false;
		}
		try {
			amount = Amounts.parse(r.get(p.amount()), p.decimalMark());
		}
		catch (NumberFormatException e) {
			amount = null;
		}
		if (amount == null || amount.signum() <= 0) {
			context.reject(new ReportedError(file.originalName(), line, p.amount(), r.get(p.amount()),
					ReportCode.BAD_AMOUNT, "Montant illisible ou nul : paiement non pris en compte."));
			return false;
		}
		ExtractedReference found = numbering.extractor().extract(r.get(p.reference()));
		handle.createUpdate("""
				INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name,
				    source_file_id, source_line, external_key, remittance_text, reference_kind, bad_check_reference)
				VALUES (:finess, 'payment_page', :paidOn, :amount, :reference, :invoice, :payer, :file, :line, :key,
				    :text, :kind, :badCheck)
				ON CONFLICT (finess, channel, external_key) WHERE external_key IS NOT NULL DO NOTHING
				""")
			.bind("finess", establishment.finess())
			.bind("paidOn", paidOn)
			.bind("amount", amount)
			.bind("reference", found.kind() == ReferenceKind.RF ? found.firstCreditorReference().value() : null)
			.bind("invoice", numbering.choose(found.invoiceNumbers()))
			.bind("payer", r.get(p.payer()))
			.bind("file", file.id())
			.bind("line", (int) line)
			.bind("key", Optional.ofNullable(r.get(p.transaction())).filter(t -> !t.isBlank()).orElse(null))
			.bind("text", r.get(p.reference()))
			.bind("kind", found.kind().name())
			.bind("badCheck", found.badCheckReference())
			.execute();
		return true;
	}

	private PaymentPageProfile profile(SourceFile file) {
		String first;
		try (java.io.BufferedReader reader = new java.io.BufferedReader(new BoundedLineReader(
				Files.newBufferedReader(file.stored(), StandardCharsets.UTF_8), limits, file.originalName()))) {
			first = reader.readLine();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return profiles.matching(first)
			.orElseThrow(() -> new FileRefusedException(
					new Refusal(ReportCode.WRONG_HEADER, "En-tête d'export de paiement en ligne non reconnu.")));
	}

}
