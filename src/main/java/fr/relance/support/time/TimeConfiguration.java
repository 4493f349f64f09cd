package fr.relance.support.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.relance.support.config.RelanceProperties;

/**
 * The only place that reads the wall clock; tests replace the bean with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(RelanceProperties properties) {
		return Clock.system(properties.zone());
	}

}
