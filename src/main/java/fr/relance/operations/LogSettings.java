package fr.relance.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The run log files under {@code <home>/logs/}: one per engine run,
 * {@code relance-<UTC start>-<pid>.log}.
 *
 * @param maxAge a run log (and its rolled parts) older than this is deleted when an
 * engine starts; default 90 days
 * @param maxFileSize a run log larger than this rolls to a compressed part; default 50MB
 * (mapped onto Spring Boot's {@code logging.logback.rollingpolicy.max-file-size} in
 * {@code application.properties})
 */
@ConfigurationProperties("relance.logs")
public record LogSettings(Duration maxAge, DataSize maxFileSize) {

	public LogSettings {
		maxAge = maxAge == null ? Duration.ofDays(90) : maxAge;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
	}

}
