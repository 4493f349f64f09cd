package fr.relance.samples.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.LedgerColumn;
import fr.relance.samples.LedgerFlag;
import fr.relance.samples.LedgerExport;
import fr.relance.samples.Payer;
import fr.relance.samples.SamplePatient;

/**
 * How one CSV ledger profile is written: Commons CSV format (separator, line end,
 * header), charset, byte-order mark, and the fields of an invoice. Each layout mirrors
 * its file in {@code jobs/profiles}; fields are quoted only when they need it.
 */
record CsvLayout(CSVFormat format, Charset charset, boolean bom, Function<GeneratedInvoice, String[]> row) {

	/**
	 * {@code relance-standard}: UTF-8, {@code ;}, CRLF, header from {@link LedgerColumn}.
	 */
	static final CsvLayout STANDARD = new CsvLayout(format(';', "\r\n").setHeader(LedgerColumn.headers()).get(),
			StandardCharsets.UTF_8, false, CsvLayout::standardRow);

	/**
	 * {@code gam-windows1252}: the French headers of the profile, in its order; no FINESS
	 * column.
	 */
	static final String[] GAM_HEADER = { "N° facture", "IPP", "Nom", "Prénom", "Adresse 1", "Adresse 2", "CP", "Ville",
			"Téléphone", "Courriel", "Date de naissance", "Date des soins", "Date facture", "Échéance", "Montant total",
			"Part AMO", "Part AMC", "Organisme AMC", "Part patient", "Réglé AMO", "Réglé AMC", "Réglé patient",
			"Litige", "Décédé", "Tutelle", "Refus SMS" };

	static final CsvLayout GAM = new CsvLayout(format(';', "\r\n").setHeader(GAM_HEADER).get(),
			Charset.forName("windows-1252"), false, CsvLayout::gamRow);

	/**
	 * {@code positional-utf8}: BOM, no header, {@code ,}, LF, decimal point, ISO dates,
	 * standard column order.
	 */
	static final CsvLayout POSITIONAL = new CsvLayout(format(',', "\n").get(), StandardCharsets.UTF_8, true,
			invoice -> fields(invoice, LedgerFields::isoDate, LedgerFields::pointAmount));

	/** Layout of a CSV profile; the FEC is not one. */
	static CsvLayout of(LedgerExport profile) {
		return switch (profile) {
			case RELANCE_STANDARD -> STANDARD;
			case GAM_WINDOWS1252 -> GAM;
			case POSITIONAL_UTF8 -> POSITIONAL;
			case FEC -> throw new IllegalArgumentException("the FEC is not a CSV layout");
		};
	}

	private static CSVFormat.Builder format(char separator, String lineEnd) {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setRecordSeparator(lineEnd)
			.setQuoteMode(QuoteMode.MINIMAL);
	}

	/** The invoice in {@link LedgerColumn} order, standard writings. */
	static String[] standardRow(GeneratedInvoice invoice) {
		return fields(invoice, LedgerFields::frenchDate, LedgerFields::commaAmount);
	}

	/**
	 * Standard fields without the FINESS, the flags as one O/N column each in
	 * {@link LedgerFlag} order.
	 */
	static String[] gamRow(GeneratedInvoice invoice) {
		String[] standard = standardRow(invoice);
		String[] row = Arrays.copyOfRange(standard, 1, standard.length - 1 + LedgerFlag.values().length);
		Set<LedgerFlag> flags = invoice.flags();
		int at = standard.length - 2;
		for (LedgerFlag flag : LedgerFlag.values()) {
			row[at++] = flags.contains(flag) ? "O" : "N";
		}
		return row;
	}

	/** All 24 columns of the standard order, with the given date and amount writings. */
	private static String[] fields(GeneratedInvoice invoice, Function<LocalDate, String> date,
			Function<BigDecimal, String> amount) {
		SamplePatient patient = invoice.patient();
		return new String[] { invoice.finess(), invoice.invoiceNumber(), patient.id(), patient.lastName(),
				patient.firstName(), patient.address().line1(), patient.address().line2(), patient.address().postcode(),
				patient.address().city(), patient.phone(), patient.email(), date.apply(patient.birthDate()),
				date.apply(invoice.careDate()), date.apply(invoice.invoiceDate()), date.apply(invoice.dueDate()),
				amount.apply(invoice.total()), amount.apply(invoice.due(Payer.AMO)),
				amount.apply(invoice.due(Payer.AMC)), invoice.amcOrganisation(),
				amount.apply(invoice.due(Payer.PATIENT)), amount.apply(invoice.paid(Payer.AMO)),
				amount.apply(invoice.paid(Payer.AMC)), amount.apply(invoice.paid(Payer.PATIENT)),
				LedgerFields.flagWords(invoice) };
	}

}
