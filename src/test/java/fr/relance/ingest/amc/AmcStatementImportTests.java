package fr.relance.ingest.amc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

/**
 * Mutuelle statements through intake and import: remittances per payment, AMC lines,
 * codes, bad rows.
 */
@EngineTest
class AmcStatementImportTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 1, 8);

	static final String CLINIC = "670000025";

	static final String HEADER = "N° facture;Organisme;Montant demandé;Montant réglé;Statut;Code rejet;Motif;"
			+ "Date de paiement;Référence virement\n";

	@Autowired
	IngestTestSupport ingest;

	@Autowired
	EstablishmentDirectory establishments;

	@Autowired
	Jdbi jdbi;

	Establishment hospital;

	@BeforeEach
	void setUp(@Autowired EstablishmentSync sync) {
		sync.sync();
		hospital = establishments.find(CLINIC).orElseThrow();
	}

	@Test
	void importsTheSampleStatementOnceAndRefusesItSentAgainWithOtherLineEnds() throws Exception {
		byte[] sample = Files.readAllBytes(Path.of("samples/amc/statement-mut888.csv"));
		SourceFile file = take("statement-mut888.csv", sample);
		assertThat(file.kind()).isEqualTo("amc-statement");

		ImportOutcome outcome = importStatement(file);

		assertThat(outcome.rowsRead()).isEqualTo(5);
		assertThat(outcome.rowsRejected()).isZero();
		assertThat(rows("""
				SELECT payer || ' ' || organisation || ' ' || transfer_reference || ' ' || payment_date || ' '
				    || net_amount || ' line ' || source_line
				FROM remittance WHERE source_file_id = :f ORDER BY id""", file)).containsExactly(
				"AMC MUT888 VIR MUT888 RELEVE 2025-011 2025-03-17 40.00 line 2",
				"AMC OCT777 OCT777 VIREMENT 55012 2025-03-18 1234.56 line 6");
		assertThat(
				rows("""
						SELECT payer_part || ' ' || organisation || ' ' || invoice_number || ' ' || claimed || ' ' || paid || ' '
						    || return_status || ' ' || match_status || ' line ' || source_line
						FROM remittance_line WHERE source_file_id = :f ORDER BY source_item""",
						file))
			.containsExactly("AMC MUT888 000100000 20.00 20.00 P unmatched line 2",
					"AMC MUT888 000100002 20.00 20.00 P unmatched line 3",
					"AMC MUT888 000100004 45.50 0.00 R unmatched line 4",
					"AMC MUT888 000100006 12.00 0.00 D unmatched line 5",
					"AMC OCT777 F000100008 1234.56 1234.56 P unmatched line 6");
		assertThat(rows("""
				SELECT l.invoice_number || ' ' || c.code || ' ' || c.label || ' ' || c.part FROM remittance_code c
				JOIN remittance_line l ON l.id = c.remittance_line_id WHERE l.source_file_id = :f""", file))
			.containsExactly("000100004 M001 Adhérent radié à la date des soins (fictif) C");

		String lf = new String(sample, StandardCharsets.UTF_8).replace("\r\n", "\n");
		SourceFile again = take("statement-mut888-again.csv", lf.getBytes(StandardCharsets.UTF_8));
		assertThat(importStatement(again)).isNull();
		assertThat(FileIntake.registry(jdbi).get(again.id()).reasonCode()).isEqualTo("DUPLICATE_REMITTANCE");
	}

	@Test
	void reportsAndSkipsUnreadableRowsAndImportsTheRest() throws Exception {
		String ref = "VIR " + UUID.randomUUID();
		String statement = "\uFEFF" + HEADER + "000300001;MUT111;10,00;10,00;PAYE;;;02/01/2031;" + ref + "\n"
				+ "000300002;MUT111;10,00;dix;PAYE;;;02/01/2031;" + ref + "\n"
				+ "000300003;MUT111;10,00;10,00;PAYE;;;31/02/2031;" + ref + "\n"
				+ "000300004;MUT111;10,00;10,00;VU;;;02/01/2031;" + ref + "\n"
				+ "000300005;MUT111;10,00;10,00;payé;;;02/01/2031;" + ref + "\n"
				+ "000300006;MUT111;10,00;10,00;PAYE;;;02/01/2031;" + ref + "\n"
				+ "000300007;MUT111;10,00;10,00;PAYE;;;02/01/2031;" + ref + "\n";
		SourceFile file = take("statement-bad-rows.csv", statement.getBytes(StandardCharsets.UTF_8));

		ImportOutcome outcome = importStatement(file);

		assertThat(outcome.rowsRead()).isEqualTo(7);
		assertThat(outcome.rowsImported()).isEqualTo(4);
		assertThat(rows("""
				SELECT line_number || ' ' || field || ' ' || value_masked || ' ' || reason_code FROM ingest_reject
				WHERE source_file_id = :f ORDER BY line_number""", file)).containsExactly(
				"3 Montant réglé dix AMC_BAD_AMOUNT", "4 Date de paiement 31/02/2031 AMC_BAD_DATE",
				"5 Statut VU AMC_BAD_STATUS");
		assertThat(rows("SELECT sum(paid)::text FROM remittance_line WHERE source_file_id = :f", file))
			.containsExactly("40.00");
		assertThat(FileIntake.registry(jdbi).get(file.id()).status()).isEqualTo("partially_imported");
	}

	@Test
	void refusesAStatementMostlyUnreadable() throws Exception {
		String statement = HEADER + "000400001;MUT111;10,00;x;PAYE;;;02/01/2031;R1\n"
				+ "000400002;MUT111;10,00;10,00;PAYE;;;02/01/2031;" + UUID.randomUUID() + "\n"
				+ "000400003;MUT111;10,00;y;PAYE;;;02/01/2031;R1\n";
		SourceFile file = take("statement-garbage.csv", statement.getBytes(StandardCharsets.UTF_8));

		assertThat(importStatement(file)).isNull();

		assertThat(FileIntake.registry(jdbi).get(file.id()).reasonCode()).isEqualTo("AMC_TOO_MANY_BAD_ROWS");
		assertThat(rows("SELECT count(*)::text FROM remittance WHERE source_file_id = :f", file)).containsExactly("0");
	}

	private SourceFile take(String name, byte[] content) throws Exception {
		return ingest.take(hospital, NIGHT, name, content);
	}

	private ImportOutcome importStatement(SourceFile file) {
		return ingest.importAs("amc-statement", file, hospital, NIGHT);
	}

	private List<String> rows(String sql, SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("f", file.id()).mapTo(String.class).list());
	}

}
