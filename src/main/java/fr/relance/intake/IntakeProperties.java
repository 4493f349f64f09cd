package fr.relance.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param settleDelay a file modified more recently than this is still being written: it waits for the next run
 *     (uploads named {@code *.part} are never taken, whatever their age)
 */
@ConfigurationProperties("relance.intake")
public record IntakeProperties(Duration settleDelay) {

	public IntakeProperties {
		settleDelay = settleDelay == null ? Duration.ofMinutes(2) : settleDelay;
	}

}
