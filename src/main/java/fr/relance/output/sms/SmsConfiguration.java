package fr.relance.output.sms;

import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.stage.DunningProperties;
import fr.relance.support.config.RelanceProperties;

/**
 * The SMS channel's beans. Its templates are checked when the engine starts; the sending
 * hours and holidays are the dunning stage's own, so an SMS is scheduled by the rules
 * that decided it.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	SmsTemplates smsTemplates(RelanceProperties properties, SmsChannelSettings settings) {
		return SmsTemplates.load(properties.jobs().resolve("sms"), settings.maxSegments());
	}

	@Bean
	SmsSchedule smsSchedule(DunningProperties dunning, SmsChannelSettings settings) {
		DunningSettings rules = dunning.settings();
		return new SmsSchedule(new ContactCalendar(rules.sendingWindows(), rules.overseasAbolitionDays()),
				rules.releaseTime(), settings.maxLateDays());
	}

	@Bean
	SmsEmitter smsEmitter(Jdbi jdbi, PlatformTransactionManager transactionManager, SmsTemplates templates,
			SmsSchedule schedule, SmsChannelSettings settings, RelanceProperties properties) {
		return new SmsEmitter(jdbi, transactionManager, templates, schedule, settings.batchFormat(), properties.out(),
				settings.maxSegments());
	}

}
