package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What makes two decisions of a case "the same" night after night: every stored field but
 * the texts (reasons and arithmetic mention day counts that move every night), hashed
 * (MD5, as a name-based UUID) so the night compares one column of the case. Computed in
 * Java, on the deciding thread, rather than by the database in the recording statement.
 * Amounts at the database's scale (2), dates ISO, so equal stored values give equal
 * fingerprints.
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	public static UUID of(String outcome, String stepId, String channel, BigDecimal balance, String band,
			List<String> codes, boolean humanReview, LocalDate nextReview, String scenarioVersion,
			BigDecimal costAvoided) {
		StringBuilder text = new StringBuilder(128);
		for (Object field : new Object[] { outcome, stepId, channel, cents(balance), band, String.join(",", codes),
				humanReview, nextReview, scenarioVersion, cents(costAvoided) }) {
			// a field's length before it: no two different lists of fields give the same
			// text
			String value = field == null ? "" : field.toString();
			text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
		}
		return UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String cents(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
