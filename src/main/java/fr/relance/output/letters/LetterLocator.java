package fr.relance.output.letters;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import fr.relance.output.letters.internal.LetterDao;

/**
 * Finds a letter by its reference: whether it went out, when, and where its print file
 * and archived copy are.
 */
public final class LetterLocator {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Jdbi jdbi;

	public LetterLocator(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** A few lines for ops, or empty when no action has this reference. */
	public Optional<String> describe(String reference) {
		return this.jdbi.withExtension(LetterDao.class, (dao) -> dao.locate(reference.strip())).map((l) -> {
			StringBuilder out = new StringBuilder();
			out.append(l.reference()).append(" (establishment ").append(l.finess()).append("): ");
			if (!"emitted".equals(l.status())) {
				return out.append(l.status()).append(", not sent\n").toString();
			}
			String pages = l.firstPage() == null ? ""
					: " pages " + l.firstPage() + "-" + (l.firstPage() + l.pages() - 1);
			out.append("sent on ").append(l.emittedOn().format(FRENCH_DATE)).append('\n');
			out.append("  print file: ").append(l.filePath()).append(pages).append('\n');
			if (l.archivePath() != null) {
				out.append("  archive:    ").append(l.archivePath()).append(pages).append('\n');
			}
			return out.toString();
		});
	}

}
