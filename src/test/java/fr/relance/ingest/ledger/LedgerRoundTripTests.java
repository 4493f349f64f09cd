package fr.relance.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.establishment.internal.EstablishmentFileReader;
import fr.relance.ingest.FileImports;
import fr.relance.ingest.ImportContextFactory;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.intake.internal.SourceFileDao;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;

/**
 * Every profile round-trips a generated world exactly: after intake and import, each
 * invoice part has the amount due, the amount settled and the status of the generator's
 * truth.
 */
@EngineTest
class LedgerRoundTripTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	Jdbi jdbi;

	@Autowired
	DropZone dropZone;

	@Autowired
	FileIntake intake;

	@Autowired
	FileImports imports;

	@Autowired
	List<fr.relance.ingest.FileImporter> importers;

	@Autowired
	EstablishmentSync sync;

	@TempDir
	Path world;

	@Test
	void eachProfileImportsTheGeneratedLedgerToTheTruth() throws Exception {
		new SampleWorldGenerator().generate(new GenerationOptions(4, 400, 77, NIGHT, world));
		List<Establishment> establishments = new ArrayList<>();
		try (Stream<Path> files = Files.list(world.resolve("establishments"))) {
			files.sorted().forEach(f -> establishments.add(EstablishmentFileReader.read(f)));
		}
		sync.sync(establishments);
		assertThat(establishments).extracting(Establishment::ledgerProfile)
			.containsExactlyInAnyOrder("relance-standard", "gam-windows1252", "positional-utf8", "fec");

		for (Establishment e : establishments) {
			copyTree(world.resolve("drop").resolve(e.finess()).resolve("in"), dropZone.in(e.finess()));
			intake.take(e, NIGHT);
			for (fr.relance.ingest.FileImporter importer : importers) {
				for (SourceFile file : jdbi.onDemand(SourceFileDao.class).received(e.finess(), importer.kind())) {
					ImportOutcome outcome = imports.run(importer, file, e, new ImportContextFactory(NIGHT, jdbi));
					assertThat(outcome.rowsRejected()).as("rejects in %s", file.originalName()).isZero();
				}
			}
		}

		Map<String, String> truth = truth(world.resolve("truth.csv"));
		Map<String, String> imported = imported(establishments);
		assertThat(imported).hasSize(truth.size());
		assertThat(imported).isEqualTo(truth);
	}

	@Test
	void importsFiftyThousandLinesToTheTruth() throws Exception {
		new SampleWorldGenerator()
			.generate(new GenerationOptions(1, 50_000, 91, NIGHT, world).withProfiles(List.of("relance-standard")));
		Establishment e;
		try (Stream<Path> files = Files.list(world.resolve("establishments"))) {
			e = EstablishmentFileReader.read(files.findFirst().orElseThrow());
		}
		sync.sync(List.of(e));
		copyTree(world.resolve("drop").resolve(e.finess()).resolve("in"), dropZone.in(e.finess()));
		intake.take(e, NIGHT);
		SourceFile file = jdbi.onDemand(SourceFileDao.class).received(e.finess(), LedgerImporter.KIND).get(0);

		ImportOutcome outcome = imports.run(
				importers.stream().filter(i -> i.kind().equals(LedgerImporter.KIND)).findFirst().orElseThrow(), file, e,
				new ImportContextFactory(NIGHT, jdbi));

		assertThat(outcome.rowsRead()).isEqualTo(50_000);
		assertThat(outcome.rowsImported()).isEqualTo(50_000);
		assertThat(imported(List.of(e))).isEqualTo(truth(world.resolve("truth.csv")));
	}

	/** "finess;invoice;payer" -> "due;settled;status", as the generator wrote it. */
	private static Map<String, String> truth(Path file) throws Exception {
		Map<String, String> rows = new TreeMap<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(";");
			rows.put(f[0] + ";" + f[1] + ";" + f[2], new BigDecimal(f[3]) + ";" + new BigDecimal(f[4]) + ";" + f[5]);
		}
		return rows;
	}

	private Map<String, String> imported(List<Establishment> establishments) {
		Map<String, String> rows = new TreeMap<>();
		for (Establishment e : establishments) {
			jdbi.useHandle(h -> h.createQuery("""
					SELECT i.finess, i.invoice_number, b.payer, b.amount_due, b.amount_settled, b.status
					FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id
					WHERE i.finess = :f AND (b.amount_due > 0)
					""").bind("f", e.finess()).map((rs, ctx) -> {
				rows.put(rs.getString(1) + ";" + rs.getString(2) + ";" + rs.getString(3),
						rs.getBigDecimal(4) + ";" + rs.getBigDecimal(5) + ";" + rs.getString(6));
				return null;
			}).list());
		}
		return rows;
	}

	private static void copyTree(Path from, Path to) throws Exception {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path f : files.toList()) {
				Files.copy(f, to.resolve(f.getFileName()));
			}
		}
	}

}
