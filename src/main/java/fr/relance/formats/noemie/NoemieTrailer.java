package fr.relance.formats.noemie;

import java.util.List;

import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * Entity {@code 999}, emitted last once every check passed: declared counts and total,
 * the record-count convention that matched (null in logical-lines mode, where physical
 * records do not exist), what was read, and the warnings (unexpected continuation flags,
 * skipped entity types).
 */
public record NoemieTrailer(String fileId, long declaredRecords, RecordCountConvention recordCountConvention, int lots,
		long totalCents, long invoiceReturns, long unknownEntities,
		List<NoemieWarning> warnings) implements NoemieEvent {

	public NoemieTrailer {
		warnings = List.copyOf(warnings);
	}

}
