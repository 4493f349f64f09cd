package fr.relance.ingest.noemie;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.formats.fixedwidth.ShortDatePattern;
import fr.relance.support.config.ConfigException;
import fr.relance.formats.noemie.NoemieOptions;

/**
 * How NOEMIE files are read ({@code relance.noemie.*}).
 *
 * @param datePattern order of six-character dates, {@code yyMMdd} by default
 * (docs/formats.md#dates)
 * @param framing {@code auto} (default: one entity per line when the second line is not a
 * 128-character record), {@code physical} or {@code logical}
 */
@ConfigurationProperties("relance.noemie")
public record NoemieImportProperties(String datePattern, String framing) {

	public NoemieImportProperties {
		datePattern = datePattern == null ? ShortDatePattern.YYMMDD.pattern() : datePattern;
		framing = framing == null ? "auto" : framing.strip().toLowerCase(Locale.ROOT);
		if (!framing.matches("auto|physical|logical")) {
			throw new ConfigException("relance.noemie.framing must be auto, physical or logical, got " + framing);
		}
		try {
			new ShortDatePattern(datePattern);
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException("relance.noemie.date-pattern: " + e.getMessage());
		}
	}

	/** Reader options for a file whose first bytes are {@code head}. */
	NoemieOptions options(byte[] head) {
		boolean logical = switch (framing) {
			case "logical" -> true;
			case "physical" -> false;
			default -> looksLogical(head);
		};
		return NoemieOptions.defaults().withDatePattern(new ShortDatePattern(datePattern)).withLogicalLines(logical);
	}

	/**
	 * Logical files put each entity on its own line, so their second line is rarely a
	 * full 128-character record.
	 */
	static boolean looksLogical(byte[] head) {
		int i = 0;
		while (i < head.length && head[i] != '\n' && head[i] != '\r') {
			i++;
		}
		if (i == head.length) {
			return false;
		}
		while (i < head.length && (head[i] == '\n' || head[i] == '\r')) {
			i++;
		}
		int start = i;
		while (i < head.length && head[i] != '\n' && head[i] != '\r') {
			i++;
		}
		return i < head.length && i - start != 128;
	}

}
