package fr.relance.output.worklists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.relance.intake.DropZone;
import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;

/**
 * Where the worklists go: the establishment's {@code out/}, under names made of the night
 * and the part's sequence, so a rerun writes the same files at the same places.
 */
@Component
class WorklistFiles {

	private final DropZone dropZone;

	WorklistFiles(DropZone dropZone) {
		this.dropZone = dropZone;
	}

	Path out(String finess) {
		return dropZone.out(finess);
	}

	/**
	 * The index of the night's hand-over dossiers; the dossiers go beside it
	 * ({@link #dossier}).
	 */
	BatchPart handover(String finess, LocalDate night, int sequence) {
		return new BatchPart(finess, BatchKind.HANDOVER, night, sequence,
				out(finess).resolve(String.format("%s-dossiers-transmis-%03d.csv", night, sequence)), List.of());
	}

	/**
	 * Directly in {@code out/} with the night's date first, as every report: the
	 * retention stage deletes them.
	 */
	Path dossier(String finess, LocalDate night, long caseId) {
		return out(finess).resolve(night + "-dossier-transmis-" + caseId + ".pdf");
	}

	BatchPart writeOffs(String finess, LocalDate night, int sequence) {
		return new BatchPart(finess, BatchKind.WRITE_OFF, night, sequence,
				out(finess).resolve(String.format("%s-propositions-abandon-%03d.csv", night, sequence)), List.of());
	}

	Path review(String finess, LocalDate night) {
		return out(finess).resolve(night + "-dossiers-a-examiner.csv");
	}

}
