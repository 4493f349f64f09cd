package fr.relance.output.calls;

import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.stage.DunningProperties;
import fr.relance.support.config.RelanceProperties;

/** The call list's bean: calling hours and holidays are the dunning stage's own. */
@Configuration(proxyBeanMethods = false)
class CallsConfiguration {

	@Bean
	CallListEmitter callListEmitter(Jdbi jdbi, DunningProperties dunning, RelanceProperties properties) {
		DunningSettings rules = dunning.settings();
		return new CallListEmitter(jdbi, new ContactCalendar(rules.sendingWindows(), rules.overseasAbolitionDays()),
				rules.sendingWindows(), rules.releaseTime(), properties.out(), properties.drop());
	}

}
