package fr.relance.ingest.b2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.CrossEstablishmentFileException;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.formats.b2.B2Event;
import fr.relance.formats.b2.B2FormatException;
import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Lot;
import fr.relance.formats.b2.B2Reader;
import fr.relance.formats.b2.B2Stream;
import fr.relance.formats.b2.B2Trailer;

/**
 * Imports a B2 invoice file (kind {@code b2}, right after the ledgers): keeps what each
 * invoice's record {@code 5} says AMO, AMC and patient should pay in
 * {@code b2_expectation}, puts it on the ledger's invoice parts, and reports as
 * {@code B2_LEDGER_MISMATCH} every share on which ledger and B2 disagree; the other
 * invoices are imported all the same. A structural problem (or a failed total check in
 * strict mode) refuses the whole file.
 */
@Component
class B2Importer implements FileImporter {

	private final Jdbi jdbi;

	private final B2ImportProperties properties;

	private final B2Expectations expectations;

	B2Importer(Jdbi jdbi, B2ImportProperties properties, B2Expectations expectations) {
		this.jdbi = jdbi;
		this.properties = properties;
		this.expectations = expectations;
	}

	@Override
	public String kind() {
		return B2Detector.KIND;
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		Set<Long> problems = new HashSet<>();
		long invoices = 0;
		java.time.LocalDate lotDate = null;
		try (B2Staging staging = new B2Staging(jdbi, file);
				InputStream in = Files.newInputStream(file.stored());
				B2Stream events = new B2Reader(properties.options()).open(in)) {
			while (events.hasNext()) {
				B2Event event = events.next();
				if (event instanceof B2Lot lot) {
					lotDate = lot.lotDate();
				}
				else if (event instanceof B2Invoice invoice) {
					invoices++;
					String sender = B2Detector.finess(invoice.key().sender());
					if (!file.finess().equals(sender)) {
						// a file naming another establishment anywhere is refused whole,
						// like a ledger
						throw new CrossEstablishmentFileException(sender, invoice.recordNumber());
					}
					staging.add(invoice, lotDate);
				}
				else if (event instanceof B2Trailer trailer) {
					trailer.warnings().forEach(w -> context.warn(B2Refusals.warning(file.originalName(), w)));
				}
			}
			staging.publish();
		}
		catch (B2FormatException e) {
			throw new FileRefusedException(B2Refusals.of(e), List.of(B2Refusals.example(file.originalName(), e)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read B2 source file " + file.id(), e);
		}
		B2Expectations.Attached attached = expectations.attach(file.finess(), file.id());
		report(file, context, attached, problems);
		return new ImportOutcome(invoices, invoices - problems.size(), context.rejectedCount(),
				String.format(Locale.ROOT,
						"%d invoices: %d on ledger invoices, %d waiting for a ledger, %d shares differ, %d ambiguous",
						invoices, attached.linked(), attached.waiting(), attached.mismatches().size(),
						attached.ambiguous().size()));
	}

	private static void report(SourceFile file, ImportContext context, B2Expectations.Attached attached,
			Set<Long> problems) {
		for (B2Mismatch m : attached.mismatches()) {
			problems.add(m.b2SourceLine());
			context.reject(m.toError(file.originalName(), false));
		}
		for (B2Expectations.Ambiguous a : attached.ambiguous()) {
			problems.add(a.b2SourceLine());
			context.reject(new ReportedError(file.originalName(), a.b2SourceLine(), "n° facture", a.b2InvoiceNumber(),
					ReportCode.B2_AMBIGUOUS_INVOICE,
					a.candidates() + " factures de l'export comptable correspondent au numéro B2 " + a.b2InvoiceNumber()
							+ " : aucune n'a été retenue."));
		}
	}

}
