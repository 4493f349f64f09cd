package fr.relance.ingest.noemie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.formats.noemie.NoemieFiles;

/**
 * NOEMIE returns through intake and import into a real database: exact rows, duplicates,
 * refusals.
 */
@EngineTest
class NoemieImportTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 1, 6);

	static final String CLINIC = "750000010";

	@Autowired
	IngestTestSupport ingest;

	@Autowired
	DropZone dropZone;

	@Autowired
	EstablishmentDirectory establishments;

	@Autowired
	Jdbi jdbi;

	Establishment clinic;

	String fileId;

	String reference;

	@BeforeEach
	void syncEstablishments(@Autowired EstablishmentSync sync) {
		sync.sync();
		clinic = establishments.find(CLINIC).orElseThrow();
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		fileId = "R" + unique.substring(0, 5);
		reference = "REF " + unique;
	}

	@Test
	void postsEachTransferWithItsLinesRetentionAndCodes() throws Exception {
		SourceFile file = take("returns.noemie", NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 0));

		ImportOutcome outcome = importNoemie(file);

		assertThat(outcome.rowsRead()).isEqualTo(6);
		assertThat(outcome.rowsRejected()).isZero();
		List<Map<String, Object>> remittances = jdbi.withHandle(h -> h.createQuery("""
				SELECT payer, organisation, transfer_reference, payment_date, net_amount, source_line
				FROM remittance WHERE source_file_id = :f ORDER BY source_line""")
			.bind("f", file.id())
			.mapToMap()
			.list());
		assertThat(remittances)
			.extracting(r -> r.get("payer"), r -> r.get("organisation"), r -> r.get("transfer_reference"),
					r -> r.get("payment_date").toString(), r -> r.get("net_amount"), r -> r.get("source_line"))
			.containsExactly(
					tuple("AMO", "CPAM999", "VIR CPAM 999 " + reference + " DÉCOMPTE N° 7", "2025-03-14",
							new BigDecimal("108.45"), 2),
					tuple("AMC", "MUT888", "VIR MUT 888 " + reference, "2025-03-15", new BigDecimal("30.00"), 14));
		assertThat(lines(file)).containsExactly(
				"invoice_return AMO CPAM999 000100000 017/250301 123.45 123.45 P line 3 item 1",
				"invoice_return AMC 0000099999 000100000 017/250301 20.00 20.00 P line 3 item 1",
				"invoice_return AMO CPAM999 000100001 017/250301 80.00 0.00 R line 6 item 2",
				"invoice_return AMO CPAM999 000100002 017/250301 50.00 0.00 D line 10 item 3",
				"invoice_return AMC 0000099999 000100002 017/250301 20.00 20.00 P line 10 item 3",
				"retention AMO CPAM999 null null/null null -15.00 null line 13 item 4",
				"invoice_return AMC 0000088888 000200000 018/250302 30.00 30.00 P line 15 item 5",
				"invoice_return AMC 0000088888 000200001 018/250302 40.00 0.00 R line 15 item 6");
		assertThat(codes(file)).containsExactly(
				"000100001 AMO A123 F O DROITS NON OUVERTS À LA DATE DES SOINS (FICTIF)",
				"000100001 AMO 0000000042 null null SIGNALEMENT FICTIF",
				"000200001 AMC M001 F C ADHERENT RADIE (FICTIF)");
		String debt = jdbi.withHandle(h -> h.createQuery("""
				SELECT debt_reference || ' ' || debt_date_raw || ' ' || debt_nature || ' ' || recovery_operation
				FROM remittance_line WHERE source_file_id = :f AND line_kind = 'retention'""")
			.bind("f", file.id())
			.mapTo(String.class)
			.one());
		assertThat(debt).isEqualTo("DETTE00001 250201 IND RPR");
		assertThat(count(
				"SELECT count(*) FROM remittance_line WHERE source_file_id = :f AND match_status <> 'unmatched'", file))
			.isZero();
		assertThat(registry(file).status()).isEqualTo("imported");
	}

	@Test
	void postsReturnsOutsideAnyTransferUnderARemittanceWithoutTransfer() throws Exception {
		SourceFile file = take("rejects.noemie", NoemieFiles.rejectsOnly(CLINIC, fileId));

		importNoemie(file);

		assertThat(jdbiRows("SELECT payer || ' ' || coalesce(transfer_reference, 'none') || ' ' || net_amount"
				+ " FROM remittance WHERE source_file_id = :f", file))
			.containsExactly("AMO none 0.00");
		assertThat(jdbiRows("SELECT invoice_number || ' ' || return_status || ' ' || claimed FROM remittance_line"
				+ " WHERE source_file_id = :f ORDER BY source_item", file))
			.containsExactly("000300000 R 60.00", "000300001 R 60.01");
	}

	@Test
	void refusesTheSameReturnSentAgainWithOtherLineEndsAsADuplicate() throws Exception {
		SourceFile first = take("first.noemie", NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 0));
		importNoemie(first);
		SourceFile again = take("again-lf.noemie", NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.LF, 0));
		assertThat(again.status()).isEqualTo("received"); // other bytes: intake cannot
															// tell

		ImportOutcome outcome = importNoemie(again);

		assertThat(outcome).isNull();
		SourceFile refused = registry(again);
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("DUPLICATE_REMITTANCE");
		assertThat(refused.statusReason()).contains("a déjà été reçu", "first.noemie");
		assertThat(count("SELECT count(*) FROM remittance WHERE source_file_id = :f", again)).isZero();
		assertThat(refused.stored()).hasParent(dropZone.quarantine(CLINIC));
	}

	@Test
	void refusesReturnsAlreadyPostedUnderAnotherFileIdentity() throws Exception {
		importNoemie(take("original.noemie", NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 0)));
		SourceFile reissued = take("reissued.noemie",
				NoemieFiles.twoTransfers(CLINIC, "X" + fileId.substring(1), reference, LineEnd.CRLF, 0));

		importNoemie(reissued);

		SourceFile refused = registry(reissued);
		assertThat(refused.reasonCode()).isEqualTo("DUPLICATE_REMITTANCE");
		assertThat(refused.statusReason()).startsWith("8 retour(s) de ce fichier");
		assertThat(Files.readString(Path.of(refused.errorReportPath()), StandardCharsets.UTF_8)).contains(
				"reissued.noemie;3;facture;000100000;DUPLICATE_REMITTANCE;Déjà comptabilisé depuis le fichier « original.noemie »");
		assertThat(count("SELECT count(*) FROM noemie_file WHERE source_file_id = :f", reissued)).isZero();
	}

	@Test
	void refusesAFileWhoseControlTotalFailsAndPostsNothing() throws Exception {
		byte[] good = NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 300);
		assertThat(good.length).isGreaterThan(64 * 1024); // read in full by the importer,
															// not at intake
		SourceFile file = take("bad-total.noemie", NoemieFiles.paidOneCentMore(good));
		assertThat(file.status()).isEqualTo("received");

		ImportOutcome outcome = importNoemie(file);

		assertThat(outcome).isNull();
		SourceFile refused = registry(file);
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("CONTROL_SUM_MISMATCH");
		assertThat(refused.statusReason()).contains("Niveau : lot", "Aucun retour de ce fichier");
		assertThat(count("SELECT count(*) FROM remittance WHERE source_file_id = :f", file)).isZero();
		assertThat(count("SELECT count(*) FROM remittance_line WHERE source_file_id = :f", file)).isZero();
		assertThat(count("SELECT count(*) FROM noemie_file WHERE source_file_id = :f", file)).isZero();
		assertThat(refused.stored()).exists().hasParent(dropZone.quarantine(CLINIC));
		assertThat(refused.stored().resolveSibling(refused.stored().getFileName() + ".reason.txt"))
			.content(StandardCharsets.UTF_8)
			.contains("CONTROL_SUM_MISMATCH");
	}

	@Test
	void refusesASmallGarbledReturnAtIntake() throws Exception {
		byte[] bad = NoemieFiles.paidOneCentMore(NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 0));

		SourceFile file = take("small-bad.noemie", bad);

		assertThat(file.status()).isEqualTo("quarantined");
		assertThat(file.kind()).isEqualTo("noemie");
		assertThat(file.reasonCode()).isEqualTo("CONTROL_SUM_MISMATCH");
	}

	@Test
	void reportsAContinuationFlagWarningToTheEstablishmentAndImportsTheReturn() throws Exception {
		byte[] content = NoemieFiles.twoTransfers(CLINIC, fileId, reference, LineEnd.CRLF, 0);
		content[2 * 130] = '7'; // the flag of record 3, a middle record (128 characters
								// and CRLF each)
		SourceFile file = take("flagged.noemie", content);

		ImportOutcome outcome = importNoemie(file);

		assertThat(outcome.rowsImported()).isEqualTo(6);
		assertThat(outcome.rowsRejected()).isZero();
		assertThat(outcome.warnings()).isEqualTo(1);
		SourceFile imported = registry(file);
		assertThat(imported.status()).isEqualTo("imported");
		assertThat(imported.errorReportPath()).isNotNull();
		List<String> report = Files.readAllLines(Path.of(imported.errorReportPath()), StandardCharsets.UTF_8);
		assertThat(report).hasSize(2);
		assertThat(report.get(1)).startsWith("flagged.noemie;3;indicateur de suite;7;NOEMIE_CONTINUATION_FLAG;")
			.contains("ni 0 ni 1");
	}

	@Test
	void quarantinesAReturnAddressedToAnotherEstablishment() throws Exception {
		SourceFile file = take("foreign.noemie",
				NoemieFiles.twoTransfers("670000025", fileId, reference, LineEnd.CRLF, 0));

		assertThat(file.status()).isEqualTo("quarantined");
		assertThat(file.reasonCode()).isEqualTo("FOREIGN_FINESS");
	}

	private SourceFile take(String name, byte[] content) throws Exception {
		return ingest.take(clinic, NIGHT, name, content);
	}

	private ImportOutcome importNoemie(SourceFile file) {
		return ingest.importAs("noemie", file, clinic, NIGHT);
	}

	private SourceFile registry(SourceFile file) {
		return FileIntake.registry(jdbi).get(file.id());
	}

	private List<String> lines(SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT line_kind || ' ' || payer_part || ' ' || coalesce(organisation, 'null') || ' '
				    || coalesce(invoice_number, 'null') || ' ' || coalesce(lot_number, 'null') || '/'
				    || coalesce(lot_date_raw, 'null') || ' ' || coalesce(claimed::text, 'null') || ' ' || paid || ' '
				    || coalesce(return_status, 'null') || ' line ' || source_line || ' item ' || source_item
				FROM remittance_line WHERE source_file_id = :f ORDER BY source_item, payer_part DESC""")
			.bind("f", file.id())
			.mapTo(String.class)
			.list());
	}

	private List<String> codes(SourceFile file) {
		return jdbi.withHandle(h -> h
			.createQuery(
					"""
							SELECT l.invoice_number || ' ' || l.payer_part || ' ' || c.code || ' ' || coalesce(c.level, 'null') || ' '
							    || coalesce(c.part, 'null') || ' ' || c.label
							FROM remittance_code c JOIN remittance_line l ON l.id = c.remittance_line_id
							WHERE l.source_file_id = :f ORDER BY c.id""")
			.bind("f", file.id())
			.mapTo(String.class)
			.list());
	}

	private List<String> jdbiRows(String sql, SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("f", file.id()).mapTo(String.class).list());
	}

	private long count(String sql, SourceFile file) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("f", file.id()).mapTo(Long.class).one());
	}

}
