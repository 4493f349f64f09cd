package fr.relance.formats.fixedwidth;

import java.util.Optional;

/**
 * What a trailer's record count includes. The public sources do not settle it and the two
 * worked examples disagree (docs/formats.md#record-counts: the NOEMIE trailer counts 6
 * for 7 physical records, the B2 one 6 for 6), so every plausible convention is accepted
 * and the one that matched is reported.
 */
public enum RecordCountConvention {

	/** Header, data records and trailer. */
	ALL_RECORDS(0),

	/** Everything but one envelope record (header or trailer). */
	ALL_BUT_ONE_ENVELOPE_RECORD(1),

	/** Data records only, neither header nor trailer. */
	DATA_RECORDS_ONLY(2);

	private final int envelopeRecordsLeftOut;

	RecordCountConvention(int envelopeRecordsLeftOut) {
		this.envelopeRecordsLeftOut = envelopeRecordsLeftOut;
	}

	/**
	 * The expected count under this convention for a file of {@code physicalRecords}
	 * records in all.
	 */
	public long expected(long physicalRecords) {
		return physicalRecords - envelopeRecordsLeftOut;
	}

	/** The first convention under which {@code declared} is right, if any. */
	public static Optional<RecordCountConvention> match(long declared, long physicalRecords) {
		for (RecordCountConvention convention : values()) {
			if (convention.expected(physicalRecords) == declared) {
				return Optional.of(convention);
			}
		}
		return Optional.empty();
	}

}
