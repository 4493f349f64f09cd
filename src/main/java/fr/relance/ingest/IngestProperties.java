package fr.relance.ingest;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.ConfigException;

/**
 * Settings every reader and the ledger snapshot guard share ({@code relance.ingest.*}).
 *
 * @param maxRecordLength longest record a reader accepts, in characters (default 100 000)
 * @param maxFieldLength longest field, in characters (default 20 000)
 * @param snapshotMaxCloseShare a ledger snapshot that would close more than this share of
 * the establishment's open invoices is held until confirmed (default 0.05, 5 %)
 * @param snapshotMaxCloseShareFor the same share for one establishment, by FINESS
 * ({@code relance.ingest.snapshot-max-close-share-for.750000010=0.30})
 */
@ConfigurationProperties("relance.ingest")
public record IngestProperties(Integer maxRecordLength, Integer maxFieldLength, BigDecimal snapshotMaxCloseShare,
		Map<String, BigDecimal> snapshotMaxCloseShareFor) {

	public IngestProperties {
		maxRecordLength = maxRecordLength == null ? RecordLimits.DEFAULT.maxRecordLength() : maxRecordLength;
		maxFieldLength = maxFieldLength == null ? RecordLimits.DEFAULT.maxFieldLength() : maxFieldLength;
		snapshotMaxCloseShare = snapshotMaxCloseShare == null ? new BigDecimal("0.05") : snapshotMaxCloseShare;
		snapshotMaxCloseShareFor = snapshotMaxCloseShareFor == null ? Map.of() : Map.copyOf(snapshotMaxCloseShareFor);
		checkShare("snapshot-max-close-share", snapshotMaxCloseShare);
		snapshotMaxCloseShareFor
			.forEach((finess, share) -> checkShare("snapshot-max-close-share-for." + finess, share));
		try {
			new RecordLimits(maxRecordLength, maxFieldLength);
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException("relance.ingest: " + e.getMessage());
		}
	}

	private static void checkShare(String key, BigDecimal share) {
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new ConfigException("relance.ingest." + key + ": " + share + " is not a share between 0 and 1");
		}
	}

	/**
	 * The share of open invoices a snapshot of this establishment may close before it is
	 * held.
	 */
	public BigDecimal snapshotMaxCloseShare(String finess) {
		return snapshotMaxCloseShareFor.getOrDefault(finess, snapshotMaxCloseShare);
	}

	public RecordLimits limits() {
		return new RecordLimits(maxRecordLength, maxFieldLength);
	}

}
