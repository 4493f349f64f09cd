package fr.relance.output.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;

/**
 * Where letter files go. Printer side:
 * {@code <out>/<date>/letters/<FINESS>/<date>-<FINESS>-<lettres|recommandees>-<nnn>.pdf}
 * with its index {@code ....index.csv} beside it; an establishment's letters are never in
 * another one's folder. Archive: the same file as PDF/A under
 * {@code <home>/archive/letters/<FINESS>/<year>/}, kept for the limitation period.
 */
public final class LetterFiles {

	private final Path out;

	private final Path home;

	public LetterFiles(Path out, Path home) {
		this.out = out;
		this.home = home;
	}

	public Path folder(String finess, LocalDate night) {
		return this.out.resolve(night.toString()).resolve("letters").resolve(finess);
	}

	public BatchPart part(String finess, BatchKind kind, LocalDate night, int sequence) {
		String name = night + "-" + finess + "-" + (kind == BatchKind.LETTERS ? "lettres" : "recommandees") + "-"
				+ String.format(Locale.ROOT, "%03d", sequence) + ".pdf";
		Path archive = archiveFolder(finess, night).resolve(name);
		return new BatchPart(finess, kind, night, sequence, folder(finess, night).resolve(name), List.of(archive));
	}

	public static Path index(BatchPart part) {
		String name = part.file().getFileName().toString();
		return part.file().resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".index.csv");
	}

	public Path archiveFolder(String finess, LocalDate night) {
		return this.home.resolve("archive")
			.resolve("letters")
			.resolve(finess)
			.resolve(Integer.toString(night.getYear()));
	}

}
