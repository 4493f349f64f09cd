package fr.relance.ingest.ledger;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.FileImports;
import fr.relance.ingest.ImportContextFactory;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;
import fr.relance.intake.internal.SourceFileDao;
import fr.relance.support.ids.Finess;

/**
 * Drops a ledger for an establishment and takes it through intake and import, as a night
 * would.
 */
@Component
class LedgerFixture {

	private final Jdbi jdbi;

	private final DropZone dropZone;

	private final FileIntake intake;

	private final FileImports imports;

	private final LedgerImporter importer;

	private final EstablishmentSync sync;

	private final List<fr.relance.ingest.FileImporter> importers;

	LedgerFixture(Jdbi jdbi, DropZone dropZone, FileIntake intake, FileImports imports, LedgerImporter importer,
			EstablishmentSync sync, List<fr.relance.ingest.FileImporter> importers) {
		this.importers = importers;
		this.jdbi = jdbi;
		this.dropZone = dropZone;
		this.intake = intake;
		this.imports = imports;
		this.importer = importer;
		this.sync = sync;
	}

	/** A fresh establishment (unique FINESS) using the given profile. */
	Establishment establishment(String stem8, String profile) {
		Establishment e = new Establishment(Finess.withKey(stem8), "Clinique de test (fictive)", Sector.PRIVATE,
				List.of("1 rue du Test"), "75015", "Paris", null, null, null, null, profile, "private-clinic",
				new Sftp(Finess.withKey(stem8), List.of(), Optional.empty()), false);
		sync.sync(List.of(e));
		return e;
	}

	Path drop(Establishment e, String name, String content, Charset charset) throws Exception {
		dropZone.prepare(e.finess());
		return Files.write(dropZone.in(e.finess()).resolve(name), content.getBytes(charset));
	}

	Path dropCopy(Establishment e, Path source, String name) throws Exception {
		dropZone.prepare(e.finess());
		return Files.copy(source, dropZone.in(e.finess()).resolve(name));
	}

	/**
	 * Intake then import of every file waiting for this establishment; the outcome of the
	 * last file.
	 */
	ImportOutcome night(Establishment e, LocalDate date) {
		intake.take(e, date);
		ImportOutcome last = null;
		for (SourceFile file : dao().received(e.finess(), LedgerImporter.KIND)) {
			last = imports.run(importer, file, e, new ImportContextFactory(date, jdbi));
		}
		return last;
	}

	/**
	 * Intake then import of every waiting ledger with the given importer (a profile of a
	 * test's own folder).
	 */
	ImportOutcome night(Establishment e, LocalDate date, LedgerImporter with) {
		intake.take(e, date);
		ImportOutcome last = null;
		for (SourceFile file : dao().received(e.finess(), LedgerImporter.KIND)) {
			last = imports.run(with, file, e, new ImportContextFactory(date, jdbi));
		}
		return last;
	}

	/** Intake, then every waiting file by every importer in night order. */
	void nightAllKinds(Establishment e, LocalDate date) {
		intake.take(e, date);
		for (fr.relance.ingest.FileImporter each : importers.stream()
			.sorted(java.util.Comparator.comparingInt(fr.relance.ingest.FileImporter::order))
			.toList()) {
			for (SourceFile file : dao().received(e.finess(), each.kind())) {
				imports.run(each, file, e, new ImportContextFactory(date, jdbi));
			}
		}
	}

	SourceFile file(Establishment e, String name) {
		long id = jdbi
			.withHandle(h -> h.createQuery("SELECT max(id) FROM source_file WHERE finess = :f AND original_name = :n")
				.bind("f", e.finess())
				.bind("n", name)
				.mapTo(Long.class)
				.one());
		return dao().get(id);
	}

	List<Map<String, Object>> rejects(SourceFile file) {
		return jdbi
			.withHandle(h -> h
				.createQuery("SELECT line_number, field, reason_code FROM ingest_reject"
						+ " WHERE source_file_id = :id ORDER BY line_number, id")
				.bind("id", file.id())
				.mapToMap()
				.list());
	}

	/** payer -> [due, settled, status] of one invoice. */
	Map<String, List<Object>> parts(Establishment e, String invoice) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT b.payer, b.amount_due, b.amount_settled, b.status
				FROM invoice_part_balance b JOIN invoice i ON i.id = b.invoice_id
				WHERE i.finess = :f AND i.invoice_number = :n
				""")
			.bind("f", e.finess())
			.bind("n", invoice)
			.reduceRows(new java.util.TreeMap<String, List<Object>>(), (map, row) -> {
				map.put(row.getColumn("payer", String.class), List.of(row.getColumn("amount_due", BigDecimal.class),
						row.getColumn("amount_settled", BigDecimal.class), row.getColumn("status", String.class)));
				return map;
			}));
	}

	Map<String, Object> invoice(Establishment e, String invoice) {
		return jdbi.withHandle(h -> h.createQuery("SELECT * FROM invoice WHERE finess = :f AND invoice_number = :n")
			.bind("f", e.finess())
			.bind("n", invoice)
			.mapToMap()
			.findOne()
			.orElse(null));
	}

	long count(String sql, Establishment e) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("f", e.finess()).mapTo(Long.class).one());
	}

	private SourceFileDao dao() {
		return jdbi.onDemand(SourceFileDao.class);
	}

}
