package fr.relance.output.worklists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.output.StandingList;
import fr.relance.output.worklists.internal.WorklistDao;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The cases held for a person ({@code <date>-dossiers-a-examiner.csv}): every open case
 * whose decision in force is held on a human gate (deceased, guardianship, dispute,
 * time-barred, missing contact data, a credit owed to the patient...), one row per
 * reason, with what the staff can do. A standing list: rewritten every night, deleted
 * when no case waits.
 */
@Component
class ReviewWorklist implements StandingList {

	static final String[] HEADER = { "n° de dossier", "patient", "montant dû", "en attente depuis le", "motif",
			"que faire" };

	private final Jdbi jdbi;

	private final WorklistFiles files;

	ReviewWorklist(Jdbi jdbi, WorklistFiles files) {
		this.jdbi = jdbi;
		this.files = files;
	}

	@Override
	public long write(Establishment establishment, LocalDate night) {
		List<WorklistDao.ReviewRow> cases = jdbi.withExtension(WorklistDao.class,
				dao -> dao.awaitingReview(establishment.finess(), night));
		List<List<?>> rows = new ArrayList<>();
		for (WorklistDao.ReviewRow c : cases) {
			String patient = FrenchWords.person(c.lastName(), c.firstName());
			int before = rows.size();
			for (String code : c.codes().split(",")) {
				ReviewReason.of(code)
					.ifPresent(r -> rows.add(List.of(c.caseId(), patient, Amounts.frenchNumber(c.balance()),
							FrenchWords.day(c.heldSince()), r.reason(), r.todo())));
			}
			if (rows.size() == before) {
				// a human gate this list has no words for yet: the case is listed all the
				// same
				rows.add(List.of(c.caseId(), patient, Amounts.frenchNumber(c.balance()), FrenchWords.day(c.heldSince()),
						c.codes(), "examiner le dossier (ops/relance explain)"));
			}
		}
		Path file = files.review(establishment.finess(), night);
		try {
			if (rows.isEmpty()) {
				Files.deleteIfExists(file);
				return 0;
			}
			try (EstablishmentCsv csv = EstablishmentCsv.create(file, HEADER)) {
				rows.forEach(csv::row);
				csv.commit();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
		return rows.size();
	}

}
