package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.relance.RelanceApplication;
import fr.relance.support.ids.CreditorReference;
import fr.relance.output.letters.LetterLocator;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;

/**
 * Alive end to end, over three whole nights of a generated world (2 establishments x 300
 * invoices): night 1 emits the first letters, which carry nothing medical and no
 * identifier of the patient; a bank statement of night 2 pays one case with the RF
 * reference printed on its letter and is matched to it; night 3 (a month later) plans and
 * emits the second letters, which quote the first letter's reference and emission date,
 * and the calibration counts the emitted letter that was followed by that payment.
 */
@SpringBootTest(classes = RelanceApplication.class,
		properties = { "relance.embedded-db.fast=true", "relance.jobs=jobs", "relance.intake.settle-delay=0s" })
class OutputEndToEndTests {

	static final LocalDate NIGHT1 = LocalDate.of(2026, 11, 20);

	static final LocalDate NIGHT2 = NIGHT1.plusDays(5);

	static final LocalDate NIGHT3 = NIGHT1.plusDays(31);

	static final Path WORLD = Path.of("target/test-worlds/" + UUID.randomUUID());

	static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@DynamicPropertySource
	static void world(DynamicPropertyRegistry registry) throws IOException {
		new SampleWorldGenerator().generate(new GenerationOptions(2, 300, 1_414, NIGHT1, WORLD));
		registry.add("relance.home", () -> WORLD.resolve("home").toString());
		registry.add("relance.drop", () -> WORLD.resolve("drop").toString());
		registry.add("relance.establishments", () -> WORLD.resolve("establishments").toString());
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Jdbi jdbi;

	@Autowired
	LetterLocator locator;

	@Test
	void lettersGoOutArePaidByTheirReferenceQuotedLaterAndCalibrated() throws Exception {
		NightOutcome night1 = nightly.run(NIGHT1);
		assertThat(night1.completed()).isTrue();
		List<Map<String, Object>> first = jdbi.withHandle((h) -> h.createQuery(
				"""
						SELECT c.finess, a.case_id, a.reference, a.emitted_on, a.first_page, a.pages, b.file_path, b.sha256
						FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id JOIN output_batch b ON b.id = a.output_batch_id
						WHERE a.status = 'emitted' AND a.channel IN ('LETTER', 'REGISTERED_LETTER') ORDER BY a.id""")
			.mapToMap()
			.list());
		assertThat(first).hasSizeGreaterThan(10);
		assertThat(first).extracting((r) -> r.get("emitted_on")).containsOnly(java.sql.Date.valueOf(NIGHT1));
		noHealthDataNorIdentifiers(first);
		assertThat(locator.describe((String) first.get(0).get("reference")).orElseThrow())
			.contains("sent on 20/11/2026", (String) first.get(0).get("file_path"), "archive/letters/");

		// night 2: the first case pays by transfer with its letter's RF reference
		Map<String, Object> payer = first.get(0);
		String finess = (String) payer.get("finess");
		long payerCase = (Long) payer.get("case_id");
		String rf = CreditorReference.forEstablishment(finess, payerCase).printed();
		String owed = jdbi.withHandle((h) -> h.createQuery("""
				SELECT sum(b.amount_open) FROM dunning_case c JOIN invoice i ON i.patient_id = c.patient_id
				JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
				WHERE c.id = :c AND b.amount_open > 0""").bind("c", payerCase).mapTo(String.class).one());
		String iban = jdbi.withHandle((h) -> h.createQuery("SELECT iban FROM establishment WHERE finess = :f")
			.bind("f", finess)
			.mapTo(String.class)
			.one());
		Files.writeString(WORLD.resolve("drop").resolve(finess).resolve("in").resolve("releve-paiement.xml"),
				statement(iban, owed, rf, NIGHT2.minusDays(1)));
		ledgerReceived(NIGHT2);
		assertThat(nightly.run(NIGHT2).completed()).isTrue();
		Map<String, Object> payment = jdbi.withHandle((h) -> h
			.createQuery("SELECT match_status, reference FROM payment WHERE finess = :f AND channel = 'bank_transfer'")
			.bind("f", finess)
			.mapToMap()
			.one());
		assertThat(payment.get("match_status")).isEqualTo("matched");
		int allocations = jdbi.withHandle((h) -> h.createQuery("""
				SELECT count(*) FROM allocation x JOIN payment p ON p.id = x.payment_id
				JOIN invoice_part ip ON ip.id = x.invoice_part_id JOIN invoice i ON i.id = ip.invoice_id
				JOIN dunning_case c ON c.patient_id = i.patient_id WHERE c.id = :c""")
			.bind("c", payerCase)
			.mapTo(Integer.class)
			.one());
		assertThat(allocations).isPositive();

		// night 3, a month after the first letters: second letters quote the first one;
		// calibration sees the payment
		ledgerReceived(NIGHT3);
		assertThat(nightly.run(NIGHT3).completed()).isTrue();
		List<Map<String, Object>> second = jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.reference, a.quotes_reference, a.first_page, a.pages, b.file_path, q.emitted_on AS quoted_on
				FROM dunning_action a JOIN output_batch b ON b.id = a.output_batch_id
				JOIN dunning_action q ON q.reference = a.quotes_reference
				WHERE a.status = 'emitted' AND a.step_id = 'second-letter' ORDER BY a.id""").mapToMap().list());
		assertThat(second).isNotEmpty();
		Map<String, Object> later = second.get(0);
		String text = Pdfs.text(Path.of((String) later.get("file_path")), (Integer) later.get("first_page"),
				(Integer) later.get("first_page") + (Integer) later.get("pages") - 1);
		assertThat(text.replace('\n', ' ')).contains("Suite à notre courrier réf. " + later.get("quotes_reference")
				+ " du " + ((java.sql.Date) later.get("quoted_on")).toLocalDate().format(FRENCH));
		int actedPaid = jdbi.withHandle((h) -> h.createQuery("""
				SELECT COALESCE(sum(acted_paid), 0) FROM dunning_calibration
				WHERE finess = :f AND run_date = :n AND step_id = 'first-letter'""")
			.bind("f", finess)
			.bind("n", NIGHT3)
			.mapTo(Integer.class)
			.one());
		assertThat(actedPaid).isPositive();
	}

	/**
	 * Every letter's text, searched for what must never be printed: identifiers, birth
	 * dates, phones, mails.
	 */
	private void noHealthDataNorIdentifiers(List<Map<String, Object>> letters) throws IOException {
		List<String> texts = new ArrayList<>();
		for (Object file : letters.stream().map((r) -> r.get("file_path")).distinct().toList()) {
			texts.add(Pdfs.text(Path.of((String) file)));
		}
		String all = String.join("\n", texts);
		List<Map<String, Object>> patients = jdbi.withHandle((h) -> h.createQuery("""
				SELECT p.external_id, to_char(p.birth_date, 'DD/MM/YYYY') AS birth, p.phone, p.email
				FROM patient p JOIN dunning_case c ON c.patient_id = p.id
				JOIN dunning_action a ON a.case_id = c.id AND a.status = 'emitted'
				 AND a.channel IN ('LETTER', 'REGISTERED_LETTER')""").mapToMap().list());
		assertThat(patients).isNotEmpty();
		for (Map<String, Object> p : patients) {
			for (String key : List.of("external_id", "birth", "phone", "email")) {
				Object value = p.get(key);
				if (value != null && !value.toString().isBlank()) {
					assertThat(all).as(key).doesNotContain(value.toString());
				}
			}
		}
		assertThat(all)
			.doesNotContainPattern(Pattern.compile("\\b[12]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{3}\\s?\\d{3}\\b"));
		assertThat(all.toLowerCase(java.util.Locale.FRENCH)).doesNotContain("oncologie", "psychiatrie", "addictologie",
				"maternité", "dialyse", "chirurgie", "service de", "docteur", "ccam", "ngap");
		assertThat(all).doesNotContainPattern(Pattern.compile("(?i)\\b(NIR|IPP|GHS|Dr)\\b"));
	}

	/** A ledger of the night, as if the establishment had sent one: its data is fresh. */
	private void ledgerReceived(LocalDate night) {
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
				SELECT finess, 'ledger', 'ledger-again.csv', md5(finess || :n) || md5(:n || finess), 1, :n,
				       :at, 'imported' FROM establishment""")
			.bind("n", night)
			.bind("at", night.atTime(2, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime())
			.execute());
	}

	private static String statement(String iban, String amount, String rf, LocalDate booked) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
				  <BkToCstmrStmt>
				    <GrpHdr><MsgId>E2E-OUTPUT</MsgId><CreDtTm>%1$sT05:00:00</CreDtTm></GrpHdr>
				    <Stmt>
				      <Id>E2E-OUTPUT-1</Id>
				      <Acct><Id><IBAN>%2$s</IBAN></Id></Acct>
				      <Ntry>
				        <Amt Ccy="EUR">%3$s</Amt>
				        <CdtDbtInd>CRDT</CdtDbtInd>
				        <Sts><Cd>BOOK</Cd></Sts>
				        <BookgDt><Dt>%1$s</Dt></BookgDt>
				        <AcctSvcrRef>E2E-BANK-1</AcctSvcrRef>
				        <NtryDtls><TxDtls>
				          <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
				          <Amt Ccy="EUR">%3$s</Amt>
				          <CdtDbtInd>CRDT</CdtDbtInd>
				          <RltdPties><Dbtr><Pty><Nm>Patient payeur</Nm></Pty></Dbtr></RltdPties>
				          <RmtInf><Strd><CdtrRefInf><Ref>%4$s</Ref></CdtrRefInf></Strd></RmtInf>
				        </TxDtls></NtryDtls>
				      </Ntry>
				    </Stmt>
				  </BkToCstmrStmt>
				</Document>
				""".formatted(booked, iban, amount, rf);
	}

	static Stream<Path> files(Path folder) throws IOException {
		return Files.walk(folder).filter(Files::isRegularFile);
	}

}
