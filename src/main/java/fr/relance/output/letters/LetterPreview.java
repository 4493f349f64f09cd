package fr.relance.output.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.relance.establishment.Establishment;
import fr.relance.output.DueAction;
import fr.relance.output.OutputNight;

/**
 * Renders letters without sending anything: no batch is registered, no action changes.
 * Either every letter waiting to go out on a date, or (specimen) one letter per template
 * built from a real case of the establishment, marked SPECIMEN, for the establishment to
 * approve its templates before going live.
 */
public final class LetterPreview {

	private final OutputNight output;

	private final LetterBuilder builder;

	private final LetterTemplates templates;

	private final ZoneId zone;

	public LetterPreview(OutputNight output, LetterBuilder builder, LetterTemplates templates, ZoneId zone) {
		this.output = output;
		this.builder = builder;
		this.templates = templates;
		this.zone = zone;
	}

	/** What a preview wrote. */
	public record Preview(Path file, int letters, List<String> notRendered) {
	}

	public Preview render(Establishment establishment, LocalDate date, boolean specimen, Path folder)
			throws IOException {
		List<DueAction> due = this.output.due(establishment.finess(), date, java.util.Set
			.of(fr.relance.dunning.scenario.Channel.LETTER, fr.relance.dunning.scenario.Channel.REGISTERED_LETTER));
		LetterBuilder.Built built = this.builder.build(establishment, date, due);
		List<Letter> letters = specimen ? specimens(built.letters()) : built.letters();
		Path file = folder.resolve(establishment.finess() + (specimen ? "-specimen.pdf" : "-apercu.pdf"));
		Files.createDirectories(folder);
		if (!letters.isEmpty()) {
			try (OutputStream out = Files.newOutputStream(file)) {
				LetterDocument.write(establishment, letters, "Aperçu " + establishment.finess() + " " + date,
						"preview/" + establishment.finess() + "/" + date, date, this.zone, out);
			}
		}
		List<String> refused = built.refused().stream().map((n) -> n.reference() + ": " + n.reason()).toList();
		return new Preview(letters.isEmpty() ? null : file, letters.size(), refused);
	}

	/**
	 * One letter per template: the first waiting letter of its step, else a waiting
	 * letter of another step rendered with it (a later template then quotes that letter's
	 * own reference and date as the first letter's).
	 */
	private List<Letter> specimens(List<Letter> waiting) {
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<String, Letter> byStep = new LinkedHashMap<>();
		for (LetterTemplate template : this.templates.all()) {
			Letter letter = waiting.stream()
				.filter((l) -> l.template().step().equals(template.step()))
				.findFirst()
				.orElse(waiting.get(0));
			String quoted = template.quotesFirstLetter()
					? (letter.quotedReference() != null ? letter.quotedReference() : letter.reference()) : null;
			LocalDate quotedOn = quoted == null ? null
					: (letter.quotedDate() != null ? letter.quotedDate() : letter.date());
			byStep.put(template.step(),
					new Letter(letter.actionId(), letter.reference(), letter.date(), template, letter.recipient(),
							letter.invoices(), letter.paymentReference(), quoted, quotedOn, letter.registered(), true));
		}
		return new ArrayList<>(byStep.values());
	}

}
