package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.support.ids.CreditorReference;
import fr.relance.output.internal.FileCommit;
import fr.relance.output.letters.LettersEmitter;
import fr.relance.output.letters.internal.LetterDrawing;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The output stage against the real database: the first letters of a night go out exactly
 * once, as a user would check them: file, pages, text, amounts, QR codes, the address in
 * the envelope window, and the rows.
 */
@EngineTest
class LetterEmissionTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate NIGHT = LocalDate.of(2032, 3, 10);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	LettersEmitter letters;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, NIGHT.minusDays(1));
	}

	private List<Map<String, Object>> actions() {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.reference, a.status, a.emitted_on, a.template_version, a.first_page, a.pages, a.case_id,
				       b.file_path, b.sha256, b.item_count, b.pages AS batch_pages, b.kind
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				LEFT JOIN output_batch b ON b.id = a.output_batch_id
				WHERE c.finess = :f ORDER BY a.reference""").bind("f", world.finess).mapToMap().list());
	}

	private int batches() {
		return jdbi.withHandle((h) -> h.createQuery("SELECT count(*) FROM output_batch WHERE finess = :f")
			.bind("f", world.finess)
			.mapTo(Integer.class)
			.one());
	}

	@Test
	void theNightsFirstLettersGoOutOnceInOneMergedFileWithTheirIndexAndArchive() throws Exception {
		Patient anne = world.patient("IPP-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2032-001", NIGHT.minusDays(40))
			.issued(NIGHT.minusDays(60))
			.caredOn(CARE)
			.patientPart("1234.56");
		anne.invoice("F-2032-002", NIGHT.minusDays(30)).issued(NIGHT.minusDays(50)).caredOn(CARE).patientPart("20.00");
		Patient jean = world.patient("IPP-0002")
			.named("Jean", "Lefèvre")
			.livingAt("4 avenue Foch", "67000", "Strasbourg");
		Part part = jean.invoice("F-2032-003", NIGHT.minusDays(35))
			.issued(NIGHT.minusDays(45))
			.caredOn(CARE)
			.patientPart("80.00");
		part.paid("30.00", NIGHT.minusDays(20));
		dunning.decide(world.finess, NIGHT);

		EstablishmentOutput done = output.emit(world.establishment, NIGHT);

		assertThat(done.emitted()).isEqualTo(2);
		assertThat(done.notEmitted()).isEmpty();
		List<Map<String, Object>> rows = actions();
		assertThat(rows)
			.extracting((r) -> r.get("status"), (r) -> r.get("emitted_on"), (r) -> r.get("template_version"))
			.containsOnly(org.assertj.core.groups.Tuple.tuple("emitted", java.sql.Date.valueOf(NIGHT),
					"first-letter-2026.1"));
		Path file = Path.of((String) rows.get(0).get("file_path"));
		assertThat(file)
			.isEqualTo(rows.get(1).get("file_path") == null ? null : Path.of((String) rows.get(1).get("file_path")));
		assertThat(file.getParent().getFileName().toString()).isEqualTo(world.finess);
		assertThat(file.getParent().getParent().getFileName().toString()).isEqualTo("letters");
		assertThat(rows.get(0).get("sha256")).isEqualTo(FileCommit.sha256(file));
		int sum = rows.stream().mapToInt((r) -> (Integer) r.get("pages")).sum();
		assertThat(Pdfs.pages(file)).isEqualTo(sum).isEqualTo(rows.get(0).get("batch_pages"));

		String text = Pdfs.text(file);
		assertThat(text).contains("Anne MARTIN", "12 rue des Lilas", "75011 PARIS", "Jean LEFÈVRE", "67000 STRASBOURG",
				"F-2032-001", "F-2032-002", "F-2032-003", "1\u202F234,56\u00A0€", "1\u202F254,56\u00A0€",
				"50,00\u00A0€", "Paris, le 10/03/2032", "Clinique des Essais (fictive)",
				"frais de recouvrement entrepris sans titre", (String) rows.get(0).get("reference"),
				(String) rows.get(1).get("reference"),
				CreditorReference.forEstablishment(world.finess, (Long) rows.get(0).get("case_id")).printed());
		assertThat(text).doesNotContain("IPP-0001", "IPP-0002", "14/07/1961", "01/07/2026", "06 12 34 56 78",
				"suite à notre courrier");

		Path index = file.resolveSibling(file.getFileName().toString().replace(".pdf", ".index.csv"));
		List<String> indexLines = Files.readAllLines(index);
		assertThat(indexLines).hasSize(3);
		assertThat(indexLines.get(0)).isEqualTo("sequence;reference;pages;classe_postale;numero_recommande");
		assertThat(indexLines.get(1)).matches("1;RL20320310-\\d+-1;\\d;simple;");
		String archived = jdbi
			.withHandle((h) -> h.createQuery("SELECT archive_path FROM output_batch WHERE finess = :f")
				.bind("f", world.finess)
				.mapTo(String.class)
				.one());
		Path archive = Path.of(archived);
		assertThat(archive.toString()).contains("archive/letters/" + world.finess + "/2032/");
		assertThat(Files.mismatch(file, archive)).isEqualTo(-1L);

		EstablishmentOutput again = output.emit(world.establishment, NIGHT);
		assertThat(again.due()).isZero();
		assertThat(batches()).isEqualTo(1);
	}

	@Test
	void theQrCodesDecodeToThePaymentPageAndAValidEpcTransfer() throws Exception {
		Patient anne = world.patient("IPP-0003").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2032-010", NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart("86.40");
		dunning.decide(world.finess, NIGHT);
		output.emit(world.establishment, NIGHT);
		Map<String, Object> row = actions().get(0);
		Path file = Path.of((String) row.get("file_path"));

		BufferedImage page = Pdfs.image(file, 1, 200);
		Path png = Path.of("target/test-output/letter-first-page.png");
		Files.createDirectories(png.getParent());
		ImageIO.write(page, "png", png.toFile());
		List<String> codes = Pdfs.qrCodes(page);

		String rf = CreditorReference.forEstablishment(world.finess, (Long) row.get("case_id")).value();
		assertThat(codes).hasSize(2);
		assertThat(codes).contains("https://paiement.example.fr/" + world.finess + "?ref=" + rf);
		String epc = codes.stream().filter((c) -> c.startsWith("BCD")).findFirst().orElseThrow();
		assertThat(epc.split("\n")).containsExactly("BCD", "002", "1", "SCT", "AGRIFRPPXXX",
				"Clinique des Essais (fictive)", "FR7630006000011234567890189", "EUR86.40", "", rf);
		assertThat(CreditorReference.isValid(epc.split("\n")[9])).isTrue();
	}

	@Test
	void theAddressLiesInTheEnvelopeWindow() throws Exception {
		Patient p = world.patient("IPP-0004")
			.named("Marie-Christine", "Dupont-Delacroix de la Tour d'Auvergne")
			.livingAt("Résidence des Grands Chênes bâtiment B escalier 4", "69003", "Lyon");
		p.invoice("F-2032-020", NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart("42.00");
		dunning.decide(world.finess, NIGHT);
		output.emit(world.establishment, NIGHT);
		Path file = Path.of((String) actions().get(0).get("file_path"));

		List<Pdfs.Placed> address = Pdfs.lines(file, 1)
			.stream()
			.filter((l) -> l.leftMm() > 100 && l.topMm() > 30 && l.topMm() < 98)
			.toList();

		assertThat(address).extracting(Pdfs.Placed::text).contains("69003 LYON", "escalier 4");
		assertThat(address).hasSizeBetween(3, 6).allSatisfy((l) -> {
			assertThat(l.leftMm()).isBetween(95f, 200f);
			assertThat(l.rightMm()).isBetween(95f, 200f);
			assertThat(l.topMm()).isBetween(40f, 95f);
		});
		assertThat(address.get(0).leftMm()).isCloseTo(LetterDrawing.ADDRESS_LEFT_MM,
				org.assertj.core.data.Offset.offset(0.5f));
	}

	@Autowired
	fr.relance.output.letters.LetterFiles letterFiles;

	private Path letterFileOfTheNight() {
		return letterFiles.part(world.finess, BatchKind.LETTERS, NIGHT, 1).file();
	}

	@Test
	void aKillBetweenRenameAndRegistrationEndsInTheSameBytesAndRows() throws Exception {
		Patient anne = world.patient("IPP-0005").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-2032-030", NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart("64.00");
		dunning.decide(world.finess, NIGHT);
		OutputNight killed = new OutputNight(jdbi, transactionManager, List.of(letters),
				new EmissionProtocol(jdbi, transactionManager, (part) -> {
					throw new IllegalStateException("killed after the rename");
				}));

		assertThatThrownBy(() -> killed.emit(world.establishment, NIGHT)).hasMessageContaining("killed");
		assertThat(batches()).isZero();
		assertThat(actions()).extracting((r) -> r.get("status")).containsOnly("planned");
		Path left = letterFileOfTheNight();
		assertThat(left).exists();
		byte[] beforeRerun = Files.readAllBytes(left);

		Path file = output.emit(world.establishment, NIGHT).files().get(0);

		assertThat(file).isEqualTo(left);
		assertThat(Files.readAllBytes(file)).isEqualTo(beforeRerun);
		assertThat(actions()).extracting((r) -> r.get("status"), (r) -> r.get("sha256"), (r) -> r.get("emitted_on"))
			.containsOnly(org.assertj.core.groups.Tuple.tuple("emitted", FileCommit.sha256(file),
					java.sql.Date.valueOf(NIGHT)));
		assertThat(batches()).isEqualTo(1);
	}

}
