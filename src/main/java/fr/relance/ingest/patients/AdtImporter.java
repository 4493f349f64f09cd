package fr.relance.ingest.patients;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.patients.internal.AdtFileImport;
import fr.relance.intake.Refusal;
import fr.relance.intake.SourceFile;
import fr.relance.support.config.RelanceProperties;

/**
 * Applies an establishment's HL7 ADT file: contact updates, deceased patients, merges.
 * Runs right after the night's ledgers (which may bring the patients it names) and before
 * the payer returns.
 */
@Component
public class AdtImporter implements FileImporter {

	public static final String KIND = "adt";

	private final Jdbi jdbi;

	private final RelanceProperties properties;

	AdtImporter(Jdbi jdbi, RelanceProperties properties) {
		this.jdbi = jdbi;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 12;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		String authority = establishment.adtAssigningAuthority();
		if (authority == null || authority.isBlank()) {
			// without it, the only way to find a patient would be another identifier of
			// PID-3, which is forbidden
			throw new FileRefusedException(new Refusal(ReportCode.ADT_NOT_CONFIGURED,
					"Flux patients HL7 non paramétré pour cet établissement (autorité d'affectation de l'IPP) : "
							+ "fichier non lu. Contactez l'équipe Relance."));
		}
		return this.jdbi.withHandle((handle) -> new AdtFileImport(file, establishment.finess(), authority.strip(),
				this.properties.zone(), context)
			.run(handle));
	}

}
