package fr.relance.output.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.config.ConfigException;

class LetterTemplatesTests {

	@TempDir
	Path folder;

	@Test
	void theShippedTemplatesAreValidAndVersioned() {
		LetterTemplates templates = LetterTemplates.load(Path.of("jobs/letters"));

		assertThat(templates.all()).extracting(LetterTemplate::step)
			.containsExactlyInAnyOrder("first-letter", "second-letter", "formal-notice");
		assertThat(templates.forStep("second-letter").orElseThrow().quotesFirstLetter()).isTrue();
		assertThat(templates.forStep("first-letter").orElseThrow().version()).isEqualTo("first-letter-2026.1");
	}

	@Test
	void aTemplateLackingTheL1118TextIsRefusedNamingTheFileAndTheBlock() throws Exception {
		String shipped = Files.readString(Path.of("jobs/letters/first-letter.yml"));
		Files.writeString(this.folder.resolve("first-letter.yml"), shipped.substring(0, shipped.indexOf("  l111-8:")));

		assertThatThrownBy(() -> LetterTemplates.load(this.folder)).isInstanceOf(ConfigException.class)
			.hasMessage("first-letter.yml line 6, blocks: mandatory block 'l111-8' is missing");
	}

	@Test
	void aLaterLetterMustQuoteTheFirstLettersReferenceAndDate() throws Exception {
		String shipped = Files.readString(Path.of("jobs/letters/second-letter.yml"));
		Files.writeString(this.folder.resolve("second-letter.yml"),
				shipped.replace("Suite à notre courrier réf. {firstReference} du {firstDate},",
						"Suite à notre courrier réf. {firstReference},"));

		assertThatThrownBy(() -> LetterTemplates.load(this.folder)).isInstanceOf(ConfigException.class)
			.hasMessage("second-letter.yml line 7, blocks.previous-letter: must contain {firstDate}");
	}

	@Test
	void theCollectorStatementIsMandatory() throws Exception {
		String shipped = Files.readString(Path.of("jobs/letters/formal-notice.yml"));
		int start = shipped.indexOf("  collector:");
		int end = shipped.indexOf("  contact:");
		Files.writeString(this.folder.resolve("formal-notice.yml"),
				shipped.substring(0, start) + shipped.substring(end));

		assertThatThrownBy(() -> LetterTemplates.load(this.folder)).isInstanceOf(ConfigException.class)
			.hasMessage("formal-notice.yml line 7, blocks: mandatory block 'collector' is missing");
	}

}
