package fr.relance.output.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.SmsSettings;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.EstablishmentOutput;
import fr.relance.output.OutputNight;
import fr.relance.output.internal.FileCommit;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * SMS through the real dunning and output stages: the first letter goes out, the reminder
 * SMS is decided fifteen days later and lands in the establishment's gateway batch with
 * what the patient needs and nothing else, exactly once, at the time its decision allows
 * or, on a catch-up night, the next slot or nowhere.
 */
@EngineTest
class SmsEmissionTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	/**
	 * A Wednesday; the letter goes out that night, the SMS step is due 15 days later (a
	 * Thursday).
	 */
	static final LocalDate LETTER_NIGHT = LocalDate.of(2032, 3, 10);

	static final LocalDate SMS_NIGHT = LETTER_NIGHT.plusDays(15);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SmsEmitter sms;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, LETTER_NIGHT.minusDays(1));
		world.establishment = world.establishment
			.withSms(new SmsSettings(Optional.of("CLINESSAIS"), Optional.of("https://pay.example.fr/c1")));
	}

	/**
	 * Anne owes 1 254,56 € on two invoices; her first letter goes out on LETTER_NIGHT.
	 */
	private String firstLetterSent() {
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2032-001", LETTER_NIGHT.minusDays(40))
			.issued(LETTER_NIGHT.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		anne.invoice("F-2032-002", LETTER_NIGHT.minusDays(30))
			.issued(LETTER_NIGHT.minusDays(50))
			.caredOn(CARE)
			.patientPart("20.00");
		dunning.decide(world.finess, LETTER_NIGHT);
		assertThat(output.emit(world.establishment, LETTER_NIGHT).emitted()).isEqualTo(1);
		world.ledger(SMS_NIGHT.minusDays(1));
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.reference FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.finess = :f AND a.channel = 'LETTER'""").bind("f", world.finess).mapTo(String.class).one());
	}

	private Map<String, Object> smsAction() {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.id, a.status, a.status_reason, a.emitted_on, a.pages, a.template_version, a.quotes_reference,
				       a.not_before, b.file_path, b.sha256, b.kind, b.item_count, b.pages AS segments
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				LEFT JOIN output_batch b ON b.id = a.output_batch_id
				WHERE c.finess = :f AND a.channel = 'SMS'""").bind("f", world.finess).mapToMap().one());
	}

	private int smsBatches() {
		return jdbi
			.withHandle((h) -> h.createQuery("SELECT count(*) FROM output_batch WHERE finess = :f AND kind = 'sms'")
				.bind("f", world.finess)
				.mapTo(Integer.class)
				.one());
	}

	@Test
	void theReminderSmsGoesOutOnceInTheGatewayBatchQuotingTheFirstLetterAndTheLink() throws Exception {
		String letter = firstLetterSent();
		dunning.decide(world.finess, SMS_NIGHT);
		assertThat(smsAction().get("status")).isEqualTo("planned");

		EstablishmentOutput done = output.emit(world.establishment, SMS_NIGHT);

		Map<String, Object> row = smsAction();
		assertThat(row.get("status")).isEqualTo("emitted");
		assertThat(row.get("emitted_on")).isEqualTo(java.sql.Date.valueOf(SMS_NIGHT));
		assertThat(row.get("template_version")).isEqualTo("reminder-sms-2026.1");
		assertThat(row.get("quotes_reference")).isEqualTo(letter);
		assertThat(row.get("kind")).isEqualTo("sms");
		assertThat(row.get("pages")).isEqualTo(1);
		Path file = Path.of((String) row.get("file_path"));
		assertThat(file.toString())
			.endsWith("/" + SMS_NIGHT + "/sms/" + world.finess + "/" + SMS_NIGHT + "-" + world.finess + "-sms-001.csv");
		assertThat(row.get("sha256")).isEqualTo(FileCommit.sha256(file));
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).containsExactly(
				"phone_number,sender_id,message,send_at,client_reference,letter_reference,segments",
				"+33612345678,CLINESSAIS,\"CLINESSAIS : il reste 1 254,56 € à régler, cf. courrier " + letter
						+ " du 10/03/2032. Payer en ligne : https://pay.example.fr/c1\",2032-03-25T10:00:00+01:00,SMS-"
						+ row.get("id") + "," + letter + ",1");
		String text = Files.readString(file);
		assertThat(text).doesNotContain("Anne", "MARTIN", "IPP-0001", "F-2032-001", "1 234,56", "20,00", "14/07/1961");
		assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 'p');
		assertThat(done.emissions()).anySatisfy((e) -> assertThat(e.figures()).containsEntry("smsMessages", 1L)
			.containsEntry("smsSegments", 1L)
			.containsEntry("smsCostCents", 6L));

		byte[] before = Files.readAllBytes(file);
		EstablishmentOutput again = output.emit(world.establishment, SMS_NIGHT);
		assertThat(again.due()).isZero();
		assertThat(smsBatches()).isEqualTo(1);
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(again.emissions()).anySatisfy((e) -> assertThat(e.figures()).containsEntry("smsMessages", 1L));
	}

	@Test
	void aCrashAfterTheFileAndBeforeItsRegistrationWritesTheSameBytesOnTheRerunAndSendsOnce() throws Exception {
		firstLetterSent();
		dunning.decide(world.finess, SMS_NIGHT);
		OutputNight killed = new OutputNight(jdbi, transactionManager, List.of(sms),
				new EmissionProtocol(jdbi, transactionManager, (part) -> {
					throw new IllegalStateException("killed after the rename");
				}));
		assertThatThrownBy(() -> killed.emit(world.establishment, SMS_NIGHT)).hasMessageContaining("killed");
		assertThat(smsBatches()).isZero();
		assertThat(smsAction().get("status")).isEqualTo("planned");
		Path file = sms.file(world.finess, SMS_NIGHT, 1);
		byte[] first = Files.readAllBytes(file);

		output.emit(world.establishment, SMS_NIGHT);

		assertThat(smsBatches()).isEqualTo(1);
		assertThat(smsAction().get("status")).isEqualTo("emitted");
		assertThat(Files.readAllBytes(file)).isEqualTo(first);
		output.emit(world.establishment, SMS_NIGHT);
		assertThat(smsBatches()).isEqualTo(1);
	}

	@Test
	void onACatchUpNightALateSmsTakesTheNextAllowedSlot() throws Exception {
		firstLetterSent();
		dunning.decide(world.finess, SMS_NIGHT);
		// planned for Thursday 25 at 10:00, caught up on Saturday 27: Monday 29 is Easter
		// Monday, so Tuesday 30 at
		// 10:00, summer time by then
		EstablishmentOutput late = output.emit(world.establishment, SMS_NIGHT.plusDays(2));
		Path file = Path.of((String) smsAction().get("file_path"));
		assertThat(late.emitted()).isEqualTo(1);
		assertThat(Files.readAllLines(file).get(1)).contains(",2032-03-30T10:00:00+02:00,");
		assertThat(file.getFileName().toString()).startsWith("2032-03-27-");
	}

	@Test
	void anSmsMoreDaysLateThanTheSettingIsSuppressedWithItsReasonAndNeverSent() {
		firstLetterSent();
		dunning.decide(world.finess, SMS_NIGHT);

		EstablishmentOutput stale = output.emit(world.establishment, SMS_NIGHT.plusDays(4));

		Map<String, Object> row = smsAction();
		assertThat(row.get("status")).isEqualTo("suppressed");
		assertThat((String) row.get("status_reason")).contains("heure d'envoi dépassée");
		assertThat(smsBatches()).isZero();
		assertThat(stale.notEmitted()).singleElement()
			.satisfies((n) -> assertThat(n.reason()).contains("SMS supprimé", "4 jours de retard"));
		assertThat(stale.alerts()).singleElement().asString().contains("1 SMS suppressed");

		// its moment has passed: the ladder goes on without it instead of deciding it
		// again night after night
		LocalDate next = SMS_NIGHT.plusDays(5);
		world.ledger(next.minusDays(1));
		dunning.decide(world.finess, next);
		assertThat(smsAction().get("status")).isEqualTo("suppressed");
		String decision = jdbi.withHandle((h) -> h.createQuery("""
				SELECT d.reasons FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.finess = :f AND d.run_date = :on""")
			.bind("f", world.finess)
			.bind("on", next)
			.mapTo(String.class)
			.one());
		assertThat(decision).doesNotContain("reminder-sms is due").contains("second-letter");
	}

	@Test
	void anSmsThatCannotBeSentStaysPlannedWithItsReason() {
		firstLetterSent();
		dunning.decide(world.finess, SMS_NIGHT);
		world.establishment = world.establishment.withSms(SmsSettings.DEFAULT);

		EstablishmentOutput refused = output.emit(world.establishment, SMS_NIGHT);

		assertThat(smsAction().get("status")).isEqualTo("planned");
		assertThat(refused.notEmitted()).singleElement()
			.satisfies((n) -> assertThat(n.reason()).contains("identifiant d'expéditeur SMS"));
		assertThat(smsBatches()).isZero();
	}

}
