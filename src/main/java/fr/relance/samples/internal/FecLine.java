package fr.relance.samples.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes FEC lines: the 18 columns of the legal layout, tab-separated, CRLF, yyyyMMdd
 * dates, decimal comma, both amount columns always filled ({@code 0,00} on the unused
 * side), no currency columns (euro bookkeeping). The FEC has no quoting, so a field
 * holding a tab or a line break is refused rather than written.
 */
final class FecLine {

	static final String[] HEADER = { "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
			"CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
			"EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise" };

	private static final String ZERO = "0,00";

	/** What the lines of one entry share; the entry is validated on its own date. */
	record Entry(String journal, String journalLabel, String number, LocalDate date, String pieceRef,
			LocalDate pieceDate, String label) {
	}

	/** Lettering of a 411 line, {@link #NONE} when the invoice is not settled. */
	record Lettering(String code, String date) {

		static final Lettering NONE = new Lettering("", "");

	}

	private final Writer out;

	private final StringBuilder line = new StringBuilder(256);

	private int fields;

	FecLine(Writer out) {
		this.out = out;
	}

	void header() throws IOException {
		start();
		for (String name : HEADER) {
			field(name);
		}
		end();
	}

	/** One line; {@code debit} or {@code credit} is null for the unused side. */
	void write(Entry entry, FecAccount account, String aux, String auxLabel, BigDecimal debit, BigDecimal credit,
			Lettering lettering) throws IOException {
		start();
		field(entry.journal()).field(entry.journalLabel())
			.field(entry.number())
			.field(LedgerFields.compactDate(entry.date()));
		field(account.number()).field(account.label()).field(aux).field(auxLabel);
		field(entry.pieceRef()).field(LedgerFields.compactDate(entry.pieceDate())).field(entry.label());
		field(debit == null ? ZERO : LedgerFields.commaAmount(debit));
		field(credit == null ? ZERO : LedgerFields.commaAmount(credit));
		field(lettering.code()).field(lettering.date()).field(LedgerFields.compactDate(entry.date()));
		field("").field("");
		end();
	}

	private void start() {
		this.line.setLength(0);
		this.fields = 0;
	}

	private FecLine field(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\t' || c == '\r' || c == '\n') {
				throw new IllegalArgumentException("a FEC field cannot hold a tab or a line break: " + value);
			}
		}
		if (this.fields++ > 0) {
			this.line.append('\t');
		}
		this.line.append(value);
		return this;
	}

	private void end() throws IOException {
		if (this.fields != HEADER.length) {
			throw new IllegalStateException("a FEC line has " + HEADER.length + " fields, not " + this.fields);
		}
		this.line.append("\r\n");
		this.out.append(this.line);
	}

}
