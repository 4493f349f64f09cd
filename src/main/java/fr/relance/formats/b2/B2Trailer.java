package fr.relance.formats.b2;

import java.util.List;

import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * Record {@code 999}, emitted last: declared counts, the record-count convention that
 * matched (null if none did, lenient mode only), what was read, and the warnings of
 * lenient mode (empty in strict mode).
 */
public record B2Trailer(String fileId, long declaredRecords, RecordCountConvention recordCountConvention,
		long declaredLots, int lots, long invoices, List<B2Warning> warnings) implements B2Event {

	public B2Trailer {
		warnings = List.copyOf(warnings);
	}

}
