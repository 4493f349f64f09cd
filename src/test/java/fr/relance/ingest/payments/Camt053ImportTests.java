package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestTestSupport;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.Finess;

/**
 * Bank statements become patient payments with their references, once each whatever file
 * repeats them.
 */
@EngineTest
class Camt053ImportTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final Path SAMPLE = Path.of("samples/payments/camt053-sample.xml");

	@Autowired
	Jdbi jdbi;

	@Autowired
	IngestTestSupport ingest;

	@Autowired
	EstablishmentSync sync;

	private Establishment establishment(String stem, String iban) {
		Establishment e = new Establishment(Finess.withKey(stem), "Clinique (fictive)", Sector.PRIVATE, List.of(), null,
				null, null, null, iban, null, "relance-standard", "private-clinic",
				new Sftp(Finess.withKey(stem), List.of(), java.util.Optional.empty()), false);
		sync.sync(List.of(e));
		return e;
	}

	/**
	 * The sample, made unique to its establishment: the tests share one database, where
	 * equal bytes are duplicates.
	 */
	private static byte[] sampleFor(Establishment e) throws Exception {
		return (Files.readString(SAMPLE, StandardCharsets.UTF_8) + "<!-- " + e.finess() + " -->\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private ImportOutcome dropAndImport(Establishment e, String name, byte[] content) throws Exception {
		SourceFile file = ingest.take(e, NIGHT, name, content);
		return file.status().equals("received") ? ingest.importAs(Camt053Importer.KIND, file, e, NIGHT) : null;
	}

	private List<Map<String, Object>> payments(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT amount, reference, invoice_number, reference_kind, paid_on, match_status
				FROM payment WHERE finess = :f ORDER BY id""").bind("f", e.finess()).mapToMap().list());
	}

	@Test
	void recordsEachBookedCreditWithTheReferenceFoundInIt() throws Exception {
		Establishment e = establishment("75200001", null);

		ImportOutcome outcome = dropAndImport(e, "releve.xml", sampleFor(e));

		assertThat(outcome.rowsImported()).isEqualTo(3);
		assertThat(payments(e))
			.extracting(p -> p.get("amount"), p -> p.get("reference"), p -> p.get("invoice_number"),
					p -> p.get("reference_kind"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("120.00"), "RF4475000001000000042", null, "RF"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("45.30"), "RF1775000001000000043", null, "RF"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("50.00"), null, "F260000123", "INVOICE"));
		assertThat(payments(e)).allSatisfy(p -> assertThat(p.get("match_status")).isEqualTo("unmatched"));
	}

	@Test
	void aCreditRepeatedInALaterStatementIsRecordedOnce() throws Exception {
		Establishment e = establishment("75200002", null);
		byte[] sample = sampleFor(e);
		dropAndImport(e, "releve-1.xml", sample);

		// the same entries in a re-sent statement with other bytes
		byte[] resent = (new String(sample, StandardCharsets.UTF_8) + "\n<!-- renvoi -->\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportOutcome outcome = dropAndImport(e, "releve-2.xml", resent);

		assertThat(outcome.rowsImported()).isZero();
		assertThat(payments(e)).hasSize(3);
	}

	@Test
	void refusesTheStatementOfAnotherAccount() throws Exception {
		Establishment e = establishment("75200003", "FR7630006000011234567890189");

		ImportOutcome outcome = dropAndImport(e, "autre-compte.xml", sampleFor(e));

		assertThat(outcome).isNull();
		assertThat(payments(e)).isEmpty();
		String reason = jdbi.withHandle(h -> h.createQuery("SELECT reason_code FROM source_file WHERE finess = :f")
			.bind("f", e.finess())
			.mapTo(String.class)
			.one());
		assertThat(reason).isEqualTo("ACCOUNT_MISMATCH");
	}

}
