package fr.relance.samples.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.samples.BankTransfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;
import fr.relance.support.money.Amounts;

/**
 * Writes each establishment's bank statement of the day before,
 * {@code drop/<FINESS>/in/releve-<yyyyMMdd>.xml} (camt.053.001.02, the establishment's
 * IBAN): one booked credit per patient transfer of the world, and last a transfer quoting
 * an invoice the establishment never issued ({@link BankTransfer#UNKNOWN_INVOICE}), which
 * must wait in suspense. Plain string building, UTF-8.
 */
public final class BankStatementWriter implements WorldWriter {

	private static final String UNKNOWN_INVOICE = BankTransfer.UNKNOWN_INVOICE;

	/** Amount of the payment for the unknown invoice. */
	public static final BigDecimal UNKNOWN_AMOUNT = Amounts.ofCents(4_200);

	private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

	private final GenerationOptions options;

	private final List<Path> files = new ArrayList<>();

	private SampleEstablishment establishment;

	private PartFile file;

	private int entries;

	public BankStatementWriter(GenerationOptions options) {
		this.options = options;
	}

	@Override
	public void beginEstablishment(SampleEstablishment value) throws IOException {
		this.establishment = value;
		this.entries = 0;
		if (!this.options.returnsFor(value)) {
			return;
		}
		LocalDate night = this.options.fileDate();
		this.file = new PartFile(DropFiles.in(this.options.outputDir(), value, "releve-", night, ".xml"));
		String id = "REL-" + value.finess() + "-" + LedgerFields.compactDate(night);
		this.file.writer()
			.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + NAMESPACE
					+ "\">\n<BkToCstmrStmt><GrpHdr><MsgId>" + id + "</MsgId><CreDtTm>" + LedgerFields.isoDate(night)
					+ "T06:00:00</CreDtTm></GrpHdr>\n<Stmt><Id>" + id + "</Id><CreDtTm>" + LedgerFields.isoDate(night)
					+ "T06:00:00</CreDtTm><Acct><Id><IBAN>" + value.iban() + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
	}

	@Override
	public void write(GeneratedInvoice invoice) throws IOException {
		BankTransfer bank = invoice.settlement().bankTransfer();
		if (bank != null && this.file != null) {
			entry(bank.amount(), bank.debtorName(), bank.remittanceText(), bank.creditorReference());
		}
	}

	private void entry(BigDecimal amount, String debtor, String text, String reference) throws IOException {
		int n = ++this.entries;
		String booked = LedgerFields.isoDate(this.options.fileDate().minusDays(1));
		String ref = entryReference(n);
		String structured = reference == null ? ""
				: "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>" + reference
						+ "</Ref></CdtrRefInf></Strd>";
		Writer out = this.file.writer();
		out.write("<Ntry><NtryRef>" + n + "</NtryRef><Amt Ccy=\"EUR\">" + amount.toPlainString()
				+ "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + booked
				+ "</Dt></BookgDt><ValDt><Dt>" + booked + "</Dt></ValDt><AcctSvcrRef>BK" + this.establishment.finess()
				+ "-" + ref
				+ "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
				+ "</Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E-" + ref + "</EndToEndId></Refs>"
				+ "<RltdPties><Dbtr><Nm>" + xml(debtor) + "</Nm></Dbtr></RltdPties><RmtInf><Ustrd>" + xml(text)
				+ "</Ustrd>" + structured + "</RmtInf></TxDtls></NtryDtls></Ntry>\n");
	}

	/**
	 * The entry's number, after the night's date on a next night: the engine keeps bank
	 * entries by reference, so the next night's must not repeat the first's.
	 */
	private String entryReference(int n) {
		return this.options.nextNight() ? LedgerFields.compactDate(this.options.fileDate()) + "-" + n
				: Integer.toString(n);
	}

	@Override
	public void endEstablishment(SampleEstablishment value) throws IOException {
		if (this.file == null) {
			return;
		}
		entry(UNKNOWN_AMOUNT, "Mme Personne Sans Dossier", "Reglement facture " + UNKNOWN_INVOICE, null);
		this.file.writer().write("</Stmt></BkToCstmrStmt>\n</Document>\n");
		this.files.add(this.file.commit());
		this.file = null;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() throws IOException {
		if (this.file != null) {
			this.file.close();
		}
	}

}
