package fr.relance.intake;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import fr.relance.establishment.Establishment;

/**
 * What one establishment may deliver: the engine's defaults, or its own overrides.
 * Enforced twice, by the SFTP server as files are written and by intake before a file is
 * read, so that no tenant can stall the night for the others.
 *
 * @param maxFileSize bytes
 * @param maxFilesPerNight files taken in one night
 */
public record DeliveryLimit(long maxFileSize, int maxFilesPerNight) {

	public static DeliveryLimit of(Establishment establishment, long defaultMaxFileSize, int defaultMaxFilesPerNight) {
		Establishment.DeliveryLimits own = establishment.sftp().limits();
		return new DeliveryLimit(own.maxFileSize().orElse(defaultMaxFileSize),
				own.maxFilesPerNight().orElse(defaultMaxFilesPerNight));
	}

	/**
	 * The size limit as an establishment reads it: {@code 2 Go}, {@code 500 Mo},
	 * {@code 1,5 Go}.
	 */
	public String maxFileSizeFr() {
		String[] units = { "octets", "Ko", "Mo", "Go", "To" };
		double value = maxFileSize;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.FRANCE));
		return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ') + " " + units[unit];
	}

}
