package fr.relance.ingest;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.SourceFile;

/**
 * For importer tests: drop a file, let intake take it, and import it with the importer of
 * a kind, as a night would.
 */
@Component
public class IngestTestSupport {

	private final Jdbi jdbi;

	private final DropZone dropZone;

	private final FileIntake intake;

	private final FileImports imports;

	private final List<FileImporter> importers;

	IngestTestSupport(Jdbi jdbi, DropZone dropZone, FileIntake intake, FileImports imports,
			List<FileImporter> importers) {
		this.jdbi = jdbi;
		this.dropZone = dropZone;
		this.intake = intake;
		this.imports = imports;
		this.importers = importers;
	}

	/**
	 * Drops {@code content} as {@code name} in the establishment's in/ and runs intake;
	 * the file as registered.
	 */
	public SourceFile take(Establishment establishment, LocalDate night, String name, byte[] content) throws Exception {
		dropZone.prepare(establishment.finess());
		Files.write(dropZone.in(establishment.finess()).resolve(name), content);
		intake.take(establishment, night);
		return FileIntake.registry(jdbi)
			.ofRunDate(night)
			.stream()
			.filter(f -> f.originalName().equals(name))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	/**
	 * Imports a received file with the importer of {@code kind}; null when the file was
	 * refused whole.
	 */
	public ImportOutcome importAs(String kind, SourceFile file, Establishment establishment, LocalDate night) {
		FileImporter importer = importers.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
		return imports.run(importer, file, establishment, new ImportContextFactory(night, jdbi));
	}

}
