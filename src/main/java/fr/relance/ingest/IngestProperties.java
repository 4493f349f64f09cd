package fr.relance.ingest;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.ConfigException;

/**
 * Settings every reader and the ledger snapshot guard share ({@code relance.ingest.*}).
 *
 * @param maxRecordLength longest record a reader accepts, in characters (default 100 000)
 * @param maxFieldLength longest field, in characters (default 20 000)
 * @param snapshotMaxCloseShare a ledger snapshot that would close more than this share of the establishment's open
 *     invoices is held until confirmed (default 0.05, 5 %); an establishment may set its own
 */
@ConfigurationProperties("relance.ingest")
public record IngestProperties(Integer maxRecordLength, Integer maxFieldLength, BigDecimal snapshotMaxCloseShare) {

	public IngestProperties {
		maxRecordLength = maxRecordLength == null ? RecordLimits.DEFAULT.maxRecordLength() : maxRecordLength;
		maxFieldLength = maxFieldLength == null ? RecordLimits.DEFAULT.maxFieldLength() : maxFieldLength;
		snapshotMaxCloseShare = snapshotMaxCloseShare == null ? new BigDecimal("0.05") : snapshotMaxCloseShare;
		try {
			new RecordLimits(maxRecordLength, maxFieldLength);
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException("relance.ingest: " + e.getMessage());
		}
		if (snapshotMaxCloseShare.signum() < 0 || snapshotMaxCloseShare.compareTo(BigDecimal.ONE) > 0) {
			throw new ConfigException("relance.ingest.snapshot-max-close-share: " + snapshotMaxCloseShare
					+ " is not a share between 0 and 1");
		}
	}

	public RecordLimits limits() {
		return new RecordLimits(maxRecordLength, maxFieldLength);
	}

}
