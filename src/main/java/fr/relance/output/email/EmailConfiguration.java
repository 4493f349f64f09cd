package fr.relance.output.email;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import fr.relance.dunning.stage.DunningProperties;
import fr.relance.support.config.RelanceProperties;

/**
 * The e-mail channel's beans. Spring Boot makes the {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without it e-mails are left in the pickup folder.
 * Templates are checked when the engine starts.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	@Bean
	EmailTemplates emailTemplates(RelanceProperties properties) {
		return EmailTemplates.load(properties.jobs().resolve("email"));
	}

	@Bean
	EmailDelivery emailDelivery(Jdbi jdbi, ObjectProvider<JavaMailSender> sender, EmailChannelSettings settings) {
		return new EmailDelivery(jdbi, Optional.ofNullable(sender.getIfAvailable()), settings.maxAttempts());
	}

	@Bean
	EmailEmitter emailEmitter(Jdbi jdbi, EmailTemplates templates, EmailDelivery delivery,
			EmailChannelSettings settings, RelanceProperties properties, DunningProperties dunning) {
		return new EmailEmitter(jdbi, templates, delivery, settings.from(), properties.out(), properties.zone(),
				dunning.settings().releaseTime());
	}

}
