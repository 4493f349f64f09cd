package fr.relance.output.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.SmsSettings;
import fr.relance.support.config.ConfigException;

/**
 * SMS templates are checked at start-up against the segment cap with every field at its
 * widest.
 */
class SmsTemplatesTests {

	@TempDir
	Path folder;

	private Path template(String step, String text) throws Exception {
		Files.writeString(folder.resolve(step + ".yml"), "version: " + step + "-1\ntext: \"" + text + "\"\n");
		return folder;
	}

	@Test
	void theShippedTemplatesFitOneSegmentWithTheirFieldsAtTheirWidest() {
		SmsTemplates shipped = SmsTemplates.load(Path.of("jobs/sms"), 1);
		SmsTemplate reminder = shipped.forStep("reminder-sms").orElseThrow();
		assertThat(reminder.version()).isEqualTo("reminder-sms-2026.1");
		assertThat(reminder.widestSegments()).isEqualTo(1);
		assertThat(Gsm7.isGsm7(reminder.text())).isTrue();
	}

	@Test
	void aTemplateThatCouldTakeTwoSegmentsIsRefusedUnlessTheCapAllowsTwo() throws Exception {
		// 93 characters of its own: with a 40-character link, a 24-character reference
		// and the rest, 161 and over
		String text = "{expediteur} " + "x".repeat(40) + " {montant} {reference} {date} " + "y".repeat(40) + " {lien}";
		template("long-sms", text);

		assertThatThrownBy(() -> SmsTemplates.load(folder, 1)).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("long-sms.yml line 2, text: can take 2 SMS segments")
			.hasMessageContaining("over the cap of 1 (relance.output.sms.max-segments");
		assertThat(SmsTemplates.load(folder, 2).forStep("long-sms")).isPresent();
	}

	@Test
	void aTemplateMustQuoteTheFirstLetterAndTheLinkAndUseKnownFieldsOnly() throws Exception {
		template("no-link", "{expediteur}: courrier {reference} du {date}");
		assertThatThrownBy(() -> SmsTemplates.load(folder, 1))
			.hasMessageContaining("no-link.yml line 2, text: must contain {lien}");
		Files.delete(folder.resolve("no-link.yml"));
		template("unknown", "{nom}: courrier {reference} du {date} {lien}");
		assertThatThrownBy(() -> SmsTemplates.load(folder, 1))
			.hasMessageContaining("unknown.yml line 2, text: unknown placeholder {nom}");
	}

	@Test
	void aTemplateInAccentsTheAlphabetLacksIsWrittenInGsm7() throws Exception {
		template("accents", "Rappel : fenêtre à côté, {reference} du {date} {lien}");
		SmsTemplate t = SmsTemplates.load(folder, 1).forStep("accents").orElseThrow();
		assertThat(t.text()).isEqualTo("Rappel : fenetre à coté, {reference} du {date} {lien}");
	}

	@Test
	void theJsonLinesBatchCarriesTheSameFieldsOneObjectALine() throws Exception {
		SmsMessage m = new SmsMessage(7, "v1", "SMS-7", "+590690123456", "CLINIQUE", "Dû \"1 €\", voir RL1",
				ZonedDateTime.of(2032, 3, 25, 10, 0, 0, 0, ZoneId.of("America/Guadeloupe")), "RL1", 1);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		SmsBatchFormat.JSONL.write(List.of(m, m), out);
		assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(("{\"to\":\"+590690123456\","
				+ "\"from\":\"CLINIQUE\",\"text\":\"Dû \\\"1 €\\\", voir RL1\",\"sendAt\":\"2032-03-25T10:00:00-04:00\","
				+ "\"clientReference\":\"SMS-7\",\"letterReference\":\"RL1\",\"segments\":1}\n")
			.repeat(2));
		assertThat(SmsBatchFormat.of("jsonl")).isEqualTo(SmsBatchFormat.JSONL);
		assertThat(new SmsSettings(Optional.empty(), Optional.empty())
			.link("https://pay.example.fr/a-long-path/" + "x".repeat(20))).isEmpty();
	}

}
