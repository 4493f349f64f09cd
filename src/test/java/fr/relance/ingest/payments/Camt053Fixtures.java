package fr.relance.ingest.payments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import fr.relance.support.ids.CreditorReference;

/**
 * Builds small camt.053 documents for tests and writes big generated ones. All data
 * invented.
 */
final class Camt053Fixtures {

	static final String V02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

	static final String TEST_IBAN = "FR089999900001TEST0000000199";

	private Camt053Fixtures() {
	}

	/** A one-statement document around the given {@code Ntry} elements. */
	static String document(String namespace, String iban, String... entries) {
		String account = iban == null ? "<Othr><Id>LOCAL-1</Id></Othr>" : "<IBAN>" + iban + "</IBAN>";
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + namespace + "\">\n"
				+ "<BkToCstmrStmt><GrpHdr><MsgId>T</MsgId></GrpHdr>\n<Stmt><Id>S1</Id><Acct><Id>" + account
				+ "</Id></Acct>\n" + String.join("\n", entries) + "\n</Stmt></BkToCstmrStmt>\n</Document>\n";
	}

	/**
	 * A booked credit entry; {@code details} goes inside {@code NtryDtls} when not empty.
	 */
	static String credit(String amount, String currency, String details) {
		return "<Ntry><Amt Ccy=\"" + currency + "\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
				+ "<BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>B1</AcctSvcrRef>"
				+ (details.isEmpty() ? "" : "<NtryDtls>" + details + "</NtryDtls>") + "</Ntry>";
	}

	/**
	 * A {@code TxDtls} with an amount in the 001.02 place, or none when {@code amount} is
	 * null.
	 */
	static String tx(String amount, String ustrd) {
		String amountDetails = amount == null ? ""
				: "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls>";
		return "<TxDtls>" + amountDetails + "<RmtInf><Ustrd>" + ustrd + "</Ustrd></RmtInf></TxDtls>";
	}

	static InputStream stream(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads everything; the summary is in {@link Parsed#summary()}. */
	static Parsed parse(String xml) {
		List<BankCreditLine> lines = new ArrayList<>();
		Camt053Summary summary = Camt053Reader.readAll(stream(xml), "test.xml", lines::add);
		return new Parsed(lines, summary);
	}

	record Parsed(List<BankCreditLine> lines, Camt053Summary summary) {
	}

	/**
	 * Writes {@code entries} booked credits, entry {@code i} (from 0) of
	 * {@code 1.00 + (i mod 100) / 100} EUR, each with a reference and a remittance text,
	 * so the file is about 600 bytes per entry.
	 */
	static void writeLargeStatement(Path file, int entries) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + V02 + "\"><BkToCstmrStmt>"
					+ "<GrpHdr><MsgId>BIG</MsgId></GrpHdr><Stmt><Id>BIG-1</Id><Acct><Id><IBAN>" + TEST_IBAN
					+ "</IBAN></Id></Acct>\n");
			for (int i = 0; i < entries; i++) {
				long cents = 100 + i % 100;
				String amount = (cents / 100) + "." + String.format("%02d", cents % 100);
				String reference = CreditorReference.forEstablishment("750000010", i).value();
				out.write("<Ntry><NtryRef>N" + i + "</NtryRef><Amt Ccy=\"EUR\">" + amount + "</Amt>"
						+ "<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>"
						+ "<ValDt><Dt>2026-03-02</Dt></ValDt><AcctSvcrRef>BANK-" + i + "</AcctSvcrRef>"
						+ "<NtryDtls><TxDtls>" + "<Refs><EndToEndId>E2E-" + i
						+ "</EndToEndId></Refs><RltdPties><Dbtr><Nm>Patient TEST " + i
						+ "</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Reglement lettre de relance numero " + i
						+ "</Ustrd><Strd><CdtrRefInf><Ref>" + reference + "</Ref></CdtrRefInf></Strd></RmtInf>"
						+ "</TxDtls></NtryDtls></Ntry>\n");
			}
			out.write("</Stmt></BkToCstmrStmt></Document>\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
