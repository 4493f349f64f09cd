package fr.relance.ingest.payments;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw texts of one {@code Ntry} as they stream past, keyed by their path below
 * {@code Ntry}. Covers the 001.02 layout ({@code Sts} text, {@code Dbtr/Nm}, amounts in
 * {@code AmtDtls/TxAmt}) and the later one ({@code Sts/Cd}, {@code Dbtr/Pty/Nm},
 * {@code TxDtls/Amt}). Nothing is interpreted here; see {@link EntrySplitter}.
 */
final class EntryFields {

	/** Raw texts of one {@code TxDtls}. */
	static final class Tx {

		String amount;

		String currency;

		String direction;

		String accountServicerReference;

		String endToEndId;

		String debtorName;

		final List<String> unstructured = new ArrayList<>();

		String creditorReference;

	}

	final int entryNumber;

	final int xmlLine;

	String amount;

	String currency;

	String direction;

	String reversal;

	String status;

	String bookingDate;

	String valueDate;

	String entryReference;

	String accountServicerReference;

	String additionalInfo;

	final List<Tx> transactions = new ArrayList<>();

	EntryFields(int entryNumber, int xmlLine) {
		this.entryNumber = entryNumber;
		this.xmlLine = xmlLine;
	}

	/** Paths whose text this class keeps; the reader buffers text only for these. */
	static boolean wanted(String path) {
		return switch (path) {
			case "Amt", "CdtDbtInd", "RvslInd", "Sts", "Sts/Cd", "Sts/Prtry", "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt",
					"ValDt/DtTm", "NtryRef", "AcctSvcrRef", "AddtlNtryInf" ->
				true;
			default -> path.startsWith("NtryDtls/TxDtls/") && wantedInTx(path.substring(16));
		};
	}

	private static boolean wantedInTx(String path) {
		return switch (path) {
			case "Amt", "AmtDtls/TxAmt/Amt", "CdtDbtInd", "Refs/AcctSvcrRef", "Refs/EndToEndId", "RltdPties/Dbtr/Nm",
					"RltdPties/Dbtr/Pty/Nm", "RmtInf/Ustrd", "RmtInf/Strd/CdtrRefInf/Ref" ->
				true;
			default -> false;
		};
	}

	/** An element starts; {@code currency} is its {@code Ccy} attribute, if any. */
	void start(String path, String currency) {
		if (path.equals("NtryDtls/TxDtls")) {
			this.transactions.add(new Tx());
		}
		else if (path.equals("Amt")) {
			this.currency = currency;
		}
		else if (path.equals("NtryDtls/TxDtls/Amt")
				|| (path.equals("NtryDtls/TxDtls/AmtDtls/TxAmt/Amt") && currentTx().amount == null)) {
			currentTx().currency = currency;
		}
	}

	/**
	 * A wanted element ends with this (stripped) text; empty texts are ignored (also the
	 * parent {@code Sts}).
	 */
	void text(String path, String text) {
		if (text.isEmpty()) {
			return;
		}
		switch (path) {
			case "Amt" -> this.amount = text;
			case "CdtDbtInd" -> this.direction = text;
			case "RvslInd" -> this.reversal = text;
			case "Sts", "Sts/Cd", "Sts/Prtry" -> this.status = text;
			case "BookgDt/Dt", "BookgDt/DtTm" -> this.bookingDate = text;
			case "ValDt/Dt", "ValDt/DtTm" -> this.valueDate = text;
			case "NtryRef" -> this.entryReference = text;
			case "AcctSvcrRef" -> this.accountServicerReference = text;
			case "AddtlNtryInf" -> this.additionalInfo = text;
			default -> txText(currentTx(), path.substring(16), text);
		}
	}

	private static void txText(Tx tx, String path, String text) {
		switch (path) {
			// TxDtls/Amt (001.03 on) wins over AmtDtls/TxAmt when a bank fills both
			case "Amt" -> tx.amount = text;
			case "AmtDtls/TxAmt/Amt" -> tx.amount = tx.amount == null ? text : tx.amount;
			case "CdtDbtInd" -> tx.direction = text;
			case "Refs/AcctSvcrRef" -> tx.accountServicerReference = text;
			case "Refs/EndToEndId" -> tx.endToEndId = text;
			case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> tx.debtorName = text;
			case "RmtInf/Ustrd" -> tx.unstructured.add(text);
			case "RmtInf/Strd/CdtrRefInf/Ref" ->
				tx.creditorReference = tx.creditorReference == null ? text : tx.creditorReference;
			default -> throw new IllegalStateException("unexpected path " + path);
		}
	}

	private Tx currentTx() {
		return this.transactions.get(this.transactions.size() - 1);
	}

}
