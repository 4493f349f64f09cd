package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.support.ids.CreditorReference;

/**
 * Bank transfers through import and reconciliation, as a night runs them: invoice numbers
 * of the establishment's own shape (issue 12, defect 3) and creditor references with
 * wrong check digits (defect 4).
 */
@EngineTest
class TransferReferenceTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	EstablishmentSync sync;

	@Autowired
	Jdbi jdbi;

	/**
	 * A hospital numbering its invoices H + 10 digits: P1 owes 40,00 and 25,00, P2
	 * (LEGRAND) owes 17,50.
	 */
	private Establishment hospital(String stem) throws Exception {
		Establishment e = ledgers.establishment(stem, "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "H2600000201", "P1", "DUPONT", "01/09/2026", "01/10/2026", "40,00", "0,00")
						+ ledgers.line(e, "H2600000202", "P1", "DUPONT", "01/10/2026", "01/11/2026", "25,00", "0,00")
						+ ledgers.line(e, "H2600000203", "P2", "LEGRAND", "01/10/2026", "01/11/2026", "17,50", "0,00"));
		return e;
	}

	/** One booked credit per {amount, debtor name or null, remittance text}. */
	private static String statement(String... credits) {
		StringBuilder entries = new StringBuilder();
		for (int i = 0; i < credits.length; i += 3) {
			String debtor = credits[i + 1] == null ? ""
					: "<RltdPties><Dbtr><Nm>" + credits[i + 1] + "</Nm></Dbtr></RltdPties>";
			entries.append("<Ntry><Amt Ccy=\"EUR\">")
				.append(credits[i])
				.append("</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
				.append("<Sts>BOOK</Sts><BookgDt><Dt>2026-11-19</Dt></BookgDt><AcctSvcrRef>T-")
				.append(i)
				.append("</AcctSvcrRef><NtryDtls><TxDtls>")
				.append(debtor)
				.append("<RmtInf><Ustrd>")
				.append(credits[i + 2])
				.append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
				+ "<BkToCstmrStmt><GrpHdr><MsgId>T</MsgId></GrpHdr>\n<Stmt><Id>S1</Id><Acct><Id><IBAN>FR089999900001TEST0000000199</IBAN>"
				+ "</Id></Acct>\n" + entries + "</Stmt></BkToCstmrStmt></Document>\n";
	}

	private void transfers(Establishment e, String... credits) throws Exception {
		ledgers.drop(e, "releve-" + e.finess() + ".xml", statement(credits));
		ledgers.night(e, NIGHT);
		reconciliation.reconcile(e, NIGHT);
	}

	private List<Map<String, Object>> payments(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT amount, invoice_number, reference, bad_check_reference, match_status, match_note
				FROM payment WHERE finess = :f ORDER BY source_line""").bind("f", e.finess()).mapToMap().list());
	}

	@Test
	void aTransferCitingAnInvoiceNumberOfTheEstablishmentsOwnShapeIsMatchedByIt() throws Exception {
		Establishment e = hospital("75310001");

		transfers(e, "40.00", null, "Fact. N° H 2600 000 201", "25.00", null, "REGLEMENT FACTURE H2600000202");

		assertThat(payments(e)).extracting(p -> p.get("invoice_number"), p -> p.get("match_status"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("H2600000201", "matched"),
					org.assertj.core.groups.Tuple.tuple("H2600000202", "matched"));
		assertThat(ledgers.patientPart(e, "H2600000201").amountOpen()).isEqualByComparingTo("0.00");
		assertThat(ledgers.patientPart(e, "H2600000202").amountOpen()).isEqualByComparingTo("0.00");
	}

	@Test
	void aDeclaredPatternReadsNumbersWithTheirLeadingZerosDropped() throws Exception {
		Establishment derived = ledgers.establishment("75310002", "relance-standard");
		Establishment e = new Establishment(derived.finess(), derived.legalName(), derived.sector(), derived.address(),
				derived.postcode(), derived.city(), null, null, null, null, "relance-standard", "private-clinic",
				derived.sftp(), false, "\\d{7}");
		sync.sync(List.of(e));
		ledgers.importLedger(e, NIGHT, LedgerTestSupport.HEADER
				+ ledgers.line(e, "0004521", "P1", "DUPONT", "01/09/2026", "01/10/2026", "30,00", "0,00"));

		transfers(e, "30.00", null, "facture n 4521 du 01/09");

		assertThat(payments(e)).singleElement().satisfies(p -> {
			assertThat(p.get("invoice_number")).isEqualTo("0004521");
			assertThat(p.get("match_status")).isEqualTo("matched");
		});
		assertThat(ledgers.patientPart(e, "0004521").amountOpen()).isEqualByComparingTo("0.00");
	}

	@Test
	void aCreditorReferenceWithWrongCheckDigitsIsReportedAsSuchAndTheOtherRulesAreStillTried() throws Exception {
		Establishment e = hospital("75310003");
		long caseId = ledgers.openCase(e, "P1");
		String right = CreditorReference.forEstablishment(e.finess(), caseId).printed();
		// the patient mistyped the last digit of the printed reference
		char last = right.charAt(right.length() - 1);
		String wrong = right.substring(0, right.length() - 1) + (char) (last == '9' ? '0' : last + 1);
		String wrongCompact = wrong.replace(" ", "");

		transfers(e, "40.00", null, wrong + " FACTURE H2600000201", "17.50", "MME LEGRAND CLAIRE", wrong, "12.00", null,
				"Ref " + wrong + " merci");

		List<Map<String, Object>> payments = payments(e);
		assertThat(payments)
			.extracting(p -> p.get("reference"), p -> p.get("bad_check_reference"), p -> p.get("match_status"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, wrongCompact, "matched"),
					org.assertj.core.groups.Tuple.tuple(null, wrongCompact, "matched"),
					org.assertj.core.groups.Tuple.tuple(null, wrongCompact, "suspense"));
		assertThat(payments.get(0).get("match_note").toString()).startsWith("rapproché par facture H2600000201");
		assertThat(payments.get(1).get("match_note").toString()).startsWith("rapproché par nom et montant exact");
		assertThat(ledgers.patientPart(e, "H2600000203").amountOpen()).isEqualByComparingTo("0.00");
		// the case the right reference names was not touched by the payment that cited no
		// invoice
		assertThat(ledgers.patientPart(e, "H2600000202").amountOpen()).isEqualByComparingTo("25.00");

		String suspense = ledgers.out(e, NIGHT + "-paiements-en-attente.csv");
		assertThat(suspense).contains("12,00;12,00;" + wrongCompact + ";;;")
			.contains("référence RF aux chiffres de contrôle invalides : " + wrongCompact)
			.doesNotContain("ni référence ni numéro de facture");
		assertThat(new String(suspense.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).startsWith("\uFEFF");
	}

}
