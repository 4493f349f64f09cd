package fr.relance.formats.noemie.internal;

import fr.relance.formats.fixedwidth.FieldReader;
import fr.relance.formats.fixedwidth.RecordCountConvention;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;

/**
 * Checks of the {@code 999} trailer against the header and against what the body held.
 */
final class TrailerCheck {

	private final FieldReader trailer;

	TrailerCheck(FieldReader trailer, NoemieHeader header) {
		this.trailer = trailer;
		if (!trailer.raw("senderType").equals(header.senderType())
				|| !trailer.text("senderNumber").equals(header.senderNumber())
				|| !trailer.text("fileId").equals(header.fileId())) {
			throw new EntityProblem(NoemieReason.HEADER_TRAILER_MISMATCH, NoemieLevel.FILE, 4,
					"trailer sender or file id differs from the header's");
		}
	}

	/**
	 * Accepts every convention of {@link RecordCountConvention}; returns the one that
	 * matched.
	 */
	RecordCountConvention recordCount(long physicalRecords) {
		long declared = trailer.number("recordCount");
		return RecordCountConvention.match(declared, physicalRecords)
			.orElseThrow(() -> new EntityProblem(NoemieReason.TRAILER_RECORD_COUNT_MISMATCH, NoemieLevel.FILE,
					trailer.layout().field("recordCount").start(), "trailer counts " + declared
							+ " records, the file has " + physicalRecords + " (header and trailer included)"));
	}

	void lots(int lotsRead) {
		long declared = trailer.number("lotCount");
		if (declared != lotsRead) {
			throw new EntityProblem(NoemieReason.TRAILER_LOT_COUNT_MISMATCH, NoemieLevel.FILE,
					trailer.layout().field("lotCount").start(),
					"trailer counts " + declared + " lots, " + lotsRead + " read");
		}
	}

	/** The file total is the sum of the transfers net of retentions. */
	void total(long netCents) {
		long declared = EntityDecoder.signed(trailer, "total", "sign");
		if (declared != netCents) {
			throw new EntityProblem(NoemieReason.TRAILER_TOTAL_MISMATCH, NoemieLevel.FILE,
					trailer.layout().field("total").start(),
					"trailer total " + declared + " cents, transfers net of retentions " + netCents + " cents");
		}
	}

}
