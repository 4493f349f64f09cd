package fr.relance.output.letters;

import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.relance.support.config.RelanceProperties;

/**
 * The letter channel's beans. The templates are read and validated when the engine
 * starts: a template lacking a mandatory block stops it before any night runs.
 */
@Configuration(proxyBeanMethods = false)
class LettersConfiguration {

	@Bean
	LetterTemplates letterTemplates(RelanceProperties properties) {
		return LetterTemplates.load(properties.jobs().resolve("letters"));
	}

	@Bean
	LetterBuilder letterBuilder(Jdbi jdbi, LetterTemplates templates) {
		return new LetterBuilder(jdbi, templates);
	}

	@Bean
	LetterPreview letterPreview(fr.relance.output.OutputNight output, LetterBuilder builder, LetterTemplates templates,
			RelanceProperties properties) {
		return new LetterPreview(output, builder, templates, properties.zone());
	}

	@Bean
	LetterLocator letterLocator(Jdbi jdbi) {
		return new LetterLocator(jdbi);
	}

	@Bean
	LetterFiles letterFiles(RelanceProperties properties) {
		return new LetterFiles(properties.out(), properties.home());
	}

	@Bean
	PrintPush printPush(Jdbi jdbi) {
		return new PrintPush(jdbi);
	}

	@Bean
	LettersEmitter lettersEmitter(LetterBuilder builder, LetterFiles files, RelanceProperties properties,
			@Value("${relance.output.letters-per-file:1000}") int lettersPerFile, PrintPush push) {
		return new LettersEmitter(builder, files, properties.zone(), lettersPerFile, push);
	}

}
