package fr.relance.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param settleDelay a file modified more recently than this is still being written: it
 * waits for the next run (uploads named {@code *.part} are never taken, whatever their
 * age)
 * @param maxFileSize a larger file is quarantined without being read (an establishment
 * file may set its own, {@code sftp.maxFileSize}); the SFTP server refuses to write past
 * it
 * @param maxFilesPerNight files taken from one establishment in one night; the others
 * wait in {@code in/} for the next night (an establishment file may set its own,
 * {@code sftp.maxFilesPerNight})
 */
@ConfigurationProperties("relance.intake")
public record IntakeProperties(Duration settleDelay, DataSize maxFileSize, Integer maxFilesPerNight) {

	public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofGigabytes(2);

	public static final int DEFAULT_MAX_FILES_PER_NIGHT = 200;

	public IntakeProperties {
		settleDelay = settleDelay == null ? Duration.ofMinutes(2) : settleDelay;
		maxFileSize = maxFileSize == null ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
		maxFilesPerNight = maxFilesPerNight == null ? DEFAULT_MAX_FILES_PER_NIGHT : maxFilesPerNight;
	}

}
