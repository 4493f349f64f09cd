package fr.relance.ingest.b2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestTestSupport;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.formats.b2.B2Files;
import fr.relance.testworld.Invoice;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * B2 invoices through intake and import: expectations on the ledger's parts, mismatches
 * reported.
 */
@EngineTest
class B2ImportTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 1, 7);

	static final String CLINIC = "750000010";

	static final LocalDate LEDGER_DAY = LocalDate.of(2031, 1, 5);

	@Autowired
	IngestTestSupport ingest;

	@Autowired
	EstablishmentDirectory establishments;

	@Autowired
	B2Expectations expectations;

	@Autowired
	Jdbi jdbi;

	Establishment clinic;

	/**
	 * The ledger's patient of every invoice (the ledger importer is another stage's
	 * work).
	 */
	Patient patient;

	int base;

	@BeforeEach
	void setUp(@Autowired EstablishmentSync sync) {
		sync.sync();
		clinic = establishments.find(CLINIC).orElseThrow();
		patient = World.existing(jdbi, CLINIC, LEDGER_DAY)
			.patient("P" + UUID.randomUUID())
			.named(null, "PATIENT FICTIF")
			.withoutContact();
		base = ThreadLocalRandom.current().nextInt(100_000, 900_000) * 100;
	}

	@Test
	void putsTheExpectedSplitOnTheLedgerPartsAndReportsWhereTheyDisagree() throws Exception {
		long agreeing = invoice("F" + number(1), 10, "1050.00", "210.00", "60.00");
		long disagreeing = invoice(String.valueOf(base + 2), 11, "1000.00", "210.00", "60.00");
		SourceFile file = take("lot017.b2", B2Files.file(CLINIC, List.of(B2Files.invoice(CLINIC, number(1), 0),
				B2Files.invoice(CLINIC, number(2), 0), B2Files.invoice(CLINIC, number(3), 0))));

		ImportOutcome outcome = importB2(file);

		assertThat(outcome.rowsRead()).isEqualTo(3);
		assertThat(outcome.rowsImported()).isEqualTo(2);
		assertThat(outcome.rowsRejected()).isEqualTo(1);
		assertThat(parts(agreeing)).containsExactly("AMC due 210.00 expected 210.00",
				"AMO due 1050.00 expected 1050.00", "PATIENT due 60.00 expected 60.00");
		assertThat(parts(disagreeing)).containsExactly("AMC due 210.00 expected 210.00",
				"AMO due 1000.00 expected 1050.00", "PATIENT due 60.00 expected 60.00");
		assertThat(statuses(file)).containsExactly(number(1) + " applied", number(2) + " mismatch",
				number(3) + " waiting_for_ledger");
		assertThat(rejects(file)).containsExactly("8 B2_LEDGER_MISMATCH " + (base + 2) + " Facture " + (base + 2)
				+ " : la part assurance maladie obligatoire (AMO) vaut 1\u202F050,00\u00A0€" + " dans le B2 (facture "
				+ number(2) + ") et 1\u202F000,00\u00A0€ dans l'export comptable.");
		assertThat(FileIntake.registry(jdbi).get(file.id()).status()).isEqualTo("partially_imported");
	}

	@Test
	void keepsAnExpectationUntilALaterLedgerBringsItsInvoice() throws Exception {
		SourceFile file = take("early.b2", B2Files.file(CLINIC, List.of(B2Files.invoice(CLINIC, number(5), 25))));
		importB2(file);
		assertThat(statuses(file)).containsExactly(number(5) + " waiting_for_ledger");
		// the lot date (250301, read ddMMyy) is kept as a date: the day the invoice was
		// billed to its payers
		java.time.LocalDate lotDate = jdbi
			.withHandle(h -> h.createQuery("SELECT lot_date FROM b2_expectation WHERE source_file_id = :f")
				.bind("f", file.id())
				.mapTo(java.time.LocalDate.class)
				.one());
		assertThat(lotDate).isEqualTo(java.time.LocalDate.of(2001, 3, 25));
		long invoice = invoice(number(5), 12, "1050.25", "210.00", "0.00");

		B2Expectations.Attached attached = jdbi.inTransaction(h -> expectations.attachWaiting(CLINIC));

		assertThat(statuses(file)).containsExactly(number(5) + " mismatch");
		assertThat(attached.mismatches()).extracting(B2Mismatch::payer, B2Mismatch::ledgerSourceLine)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PATIENT", 12L));
		assertThat(parts(invoice)).containsExactly("AMC due 210.00 expected 210.00", "AMO due 1050.25 expected 1050.25",
				"PATIENT due 0.00 expected 60.00");
	}

	@Test
	void reportsANumberThatTwoLedgerInvoicesFitWithoutChoosing() throws Exception {
		invoice("F" + number(7), 13, "1050.00", "210.00", "60.00");
		invoice(number(7), 14, "1050.00", "210.00", "60.00");
		SourceFile file = take("ambiguous.b2", B2Files.file(CLINIC, List.of(B2Files.invoice(CLINIC, number(7), 0))));

		importB2(file);

		assertThat(statuses(file)).containsExactly(number(7) + " ambiguous");
		assertThat(rejects(file)).singleElement()
			.asString()
			.startsWith("3 B2_AMBIGUOUS_INVOICE " + number(7) + " 2 factures de l'export comptable");
	}

	@Test
	void refusesWholeAB2WhoseLaterInvoiceIsSentByAnotherEstablishment() throws Exception {
		long own = invoice("F" + number(10), 10, "1050.00", "210.00", "60.00");
		SourceFile mixed = take("mixed.b2", B2Files.file(CLINIC,
				List.of(B2Files.invoice(CLINIC, number(10), 0), B2Files.invoice("670000025", number(11), 0))));
		assertThat(mixed.status()).isEqualTo("received");

		ImportOutcome outcome = importB2(mixed);

		assertThat(outcome).isNull();
		SourceFile refused = FileIntake.registry(jdbi).get(mixed.id());
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("FOREIGN_FINESS");
		assertThat(rejects(mixed)).isEmpty();
		long expectations = jdbi
			.withHandle(h -> h.createQuery("SELECT count(*) FROM b2_expectation" + " WHERE source_file_id = :f")
				.bind("f", mixed.id())
				.mapTo(Long.class)
				.one());
		assertThat(expectations).isZero();
		assertThat(own).isPositive();
	}

	@Test
	void quarantinesAB2SentByAnotherEstablishmentAndATruncatedOne() throws Exception {
		SourceFile foreign = take("foreign.b2",
				B2Files.file("670000025", List.of(B2Files.invoice("670000025", number(8), 0))));
		byte[] whole = B2Files.file(CLINIC, List.of(B2Files.invoice(CLINIC, number(9), 0)));
		SourceFile truncated = take("cut.b2", java.util.Arrays.copyOf(whole, whole.length - 200));

		assertThat(foreign.kind()).isEqualTo("b2");
		assertThat(foreign.reasonCode()).isEqualTo("FOREIGN_FINESS");
		assertThat(truncated.status()).isEqualTo("quarantined");
		assertThat(truncated.reasonCode()).isEqualTo("TRUNCATED");
	}

	private String number(int n) {
		return String.format("%09d", base + n);
	}

	private SourceFile take(String name, byte[] content) throws Exception {
		return ingest.take(clinic, NIGHT, name, content);
	}

	private ImportOutcome importB2(SourceFile file) {
		return ingest.importAs("b2", file, clinic, NIGHT);
	}

	private List<String> parts(long invoiceId) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT payer || ' due ' || amount_due || ' expected ' || coalesce(expected_amount::text, 'null')
				FROM invoice_part WHERE invoice_id = :id ORDER BY payer""")
			.bind("id", invoiceId)
			.mapTo(String.class)
			.list());
	}

	private List<String> statuses(SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT b2_invoice_number || ' ' || status FROM b2_expectation WHERE source_file_id = :f
				ORDER BY b2_invoice_number""").bind("f", file.id()).mapTo(String.class).list());
	}

	private List<String> rejects(SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT line_number || ' ' || reason_code || ' ' || value_masked || ' ' || message_fr FROM ingest_reject
				WHERE source_file_id = :f ORDER BY id""").bind("f", file.id()).mapTo(String.class).list());
	}

	/**
	 * An invoice as a ledger import leaves it, with its AMO, AMC and patient parts;
	 * returns its id.
	 */
	private long invoice(String number, int ledgerLine, String amo, String amc, String patientShare) {
		Invoice invoice = patient.invoice(number, LEDGER_DAY).total("0.00").onLine(ledgerLine);
		invoice.part("AMO", amo, "open", LEDGER_DAY);
		invoice.part("AMC", amc, "open", LEDGER_DAY);
		invoice.part("PATIENT", patientShare, "open", LEDGER_DAY);
		return invoice.id();
	}

}
