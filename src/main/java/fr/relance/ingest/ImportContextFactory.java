package fr.relance.ingest;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

import fr.relance.intake.SourceFile;

/** Makes the {@link ImportContext} of each file of one night. */
public record ImportContextFactory(LocalDate runDate, Jdbi jdbi) {

	public ImportContext create(SourceFile file) {
		return new ImportContext(runDate, file, jdbi);
	}

}
