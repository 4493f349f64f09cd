package fr.relance.ingest.payments;

import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.Iban;

/**
 * Records the booked credits of a bank statement as patient payments, each with the
 * payment reference found in it (RF creditor reference printed on letters, else an
 * invoice number). Matching them to invoices is reconciliation's work. A credit already
 * recorded from an earlier statement is not recorded again.
 */
@Component
public class Camt053Importer implements FileImporter {

	public static final String KIND = "camt053";

	private static final String INSERT = """
			INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name, match_status,
			    source_file_id, source_line, external_key, account_iban, remittance_text, reference_kind,
			    bad_check_reference)
			VALUES (:finess, 'bank_transfer', :paidOn, :amount, :reference, :invoice, :payer, 'unmatched', :file, :line,
			    :key, :iban, :text, :kind, :badCheck)
			ON CONFLICT (finess, channel, external_key) WHERE external_key IS NOT NULL DO NOTHING
			""";

	private static final Map<SkipReason, String> MESSAGES = Map.of(SkipReason.CURRENCY_NOT_EUR,
			"Virement dans une autre devise que l'euro : non pris en compte.", SkipReason.DEBIT_REVERSAL,
			"Contre-passation d'un virement reçu (retour de fonds) : à vérifier.", SkipReason.STATUS_UNKNOWN,
			"Écriture d'un statut inconnu (ni comptabilisée ni en attente) : non prise en compte.");

	private final Jdbi jdbi;

	Camt053Importer(Jdbi jdbi) {
		this.jdbi = jdbi;
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
		long[] counts = new long[2];
		InvoiceNumbering[] numbering = new InvoiceNumbering[1];
		Camt053Summary summary;
		try (Camt053Reader reader = Camt053Reader.open(file.stored())) {
			summary = jdbi.withHandle(handle -> {
				numbering[0] = InvoiceNumbering.of(handle, establishment);
				PaymentReferenceExtractor references = numbering[0].extractor();
				PreparedBatch batch = handle.prepareBatch(INSERT);
				for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
					checkAccount(establishment, line);
					bind(batch, line, references.extract(line), numbering[0], establishment, file);
					counts[0]++;
					if (batch.size() >= 500) {
						batch.execute();
					}
				}
				if (batch.size() > 0) {
					batch.execute();
				}
				// batched inserts do not report per-row counts: count what this file
				// added
				counts[1] = handle.createQuery("SELECT count(*) FROM payment WHERE source_file_id = :file")
					.bind("file", file.id())
					.mapTo(Long.class)
					.one();
				return reader.summary();
			});
		}
		catch (Camt053FormatException e) {
			throw new FileRefusedException(
					new Refusal(ReportCode.UNREADABLE_STATEMENT, "Relevé bancaire illisible (ligne " + e.line()
							+ ", colonne " + e.column() + ") : rien n'a été importé."));
		}
		for (SkippedEntry skipped : summary.skippedEntries()) {
			context.reject(new ReportedError(file.originalName(), skipped.xmlLine(), "Ntry " + skipped.entryNumber(),
					"", skipped.reason().name(), MESSAGES.getOrDefault(skipped.reason(),
							"Écriture illisible ou incohérente : non prise en compte (" + skipped.detail() + ").")));
		}
		return new ImportOutcome(counts[0] + summary.skippedEntries().size(), counts[1],
				summary.skippedEntries().size(),
				String.format(Locale.ROOT,
						"%d credits, %d already known from an earlier statement, %d debits ignored; %s", counts[0],
						counts[0] - counts[1], summary.debitsSkipped(), numbering[0].describe()));
	}

	private static void bind(PreparedBatch batch, BankCreditLine line, ExtractedReference found,
			InvoiceNumbering numbering, Establishment establishment, SourceFile file) {
		batch.bind("finess", establishment.finess())
			.bind("paidOn", line.bookingDate())
			.bind("amount", line.amount())
			.bind("reference", found.kind() == ReferenceKind.RF ? found.firstCreditorReference().value() : null)
			.bind("invoice", numbering.choose(found.invoiceNumbers()))
			.bind("payer", line.debtorName())
			.bind("file", file.id())
			.bind("line", (int) line.sequence())
			.bind("key", externalKey(line))
			.bind("iban", line.accountIban())
			.bind("text", line.remittanceText())
			.bind("kind", found.kind().name())
			.bind("badCheck", found.badCheckReference())
			.add();
	}

	/**
	 * Stable across statements: the bank's own reference of the entry, else its
	 * end-to-end id, else its position.
	 */
	static String externalKey(BankCreditLine line) {
		String reference = line.accountServicerReference() != null ? line.accountServicerReference()
				: line.endToEndId() != null ? line.endToEndId() : line.statementId() + "/" + line.entryNumber();
		return Iban.compact(line.accountIban()) + "/" + reference + "/" + line.transactionNumber();
	}

	/**
	 * A statement of an account that is not the establishment's is someone else's bank
	 * data: refuse it whole.
	 */
	private static void checkAccount(Establishment establishment, BankCreditLine line) {
		if (establishment.iban() != null && !Iban.compact(line.accountIban()).equals(establishment.iban())) {
			throw new FileRefusedException(new Refusal(ReportCode.ACCOUNT_MISMATCH,
					"Ce relevé concerne un autre compte que celui" + " de l'établissement : il n'a pas été lu."));
		}
	}

}
