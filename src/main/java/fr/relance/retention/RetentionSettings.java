package fr.relance.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.support.config.SettingException;

/**
 * Retention periods in days, counted from the night a file belongs to up to the night
 * that deletes it.
 *
 * @param archiveDays files as received, once imported: the database holds what they
 * brought (default 180)
 * @param quarantineDays refused files: long enough to fix and release one (default 90)
 * @param reportsDays error reports and lists written in the establishments' {@code out/}
 * (default 90)
 * @param outputsDays a night's outputs under {@code <out>/<date>/} but its summary
 * (default 400, a year compared)
 * @param closedCaseDays how long a patient whose case is closed is kept after the last
 * thing that happened on it, before their personal data are erased ({@link ClosedCases});
 * null: the establishment's limitation horizon (docs/domain.md#limitation), which is what
 * the debt could still be claimed for
 */
@ConfigurationProperties("relance.retention")
public record RetentionSettings(Integer archiveDays, Integer quarantineDays, Integer reportsDays, Integer outputsDays,
		Integer closedCaseDays) {

	public RetentionSettings {
		archiveDays = atLeastOne("archive-days", archiveDays, 180);
		quarantineDays = atLeastOne("quarantine-days", quarantineDays, 90);
		reportsDays = atLeastOne("reports-days", reportsDays, 90);
		outputsDays = atLeastOne("outputs-days", outputsDays, 400);
		if (closedCaseDays != null) {
			closedCaseDays = atLeastOne("closed-case-days", closedCaseDays, 0);
		}
	}

	public int days(RetentionKind kind) {
		return switch (kind) {
			case ARCHIVE -> archiveDays;
			case QUARANTINE -> quarantineDays;
			case REPORTS -> reportsDays;
			case OUTPUTS -> outputsDays;
		};
	}

	private static int atLeastOne(String name, Integer days, int otherwise) {
		if (days == null) {
			return otherwise;
		}
		if (days < 1) {
			throw new SettingException(
					"invalid setting relance.retention." + name + " '" + days + "': a number of days of at least 1");
		}
		return days;
	}

}
