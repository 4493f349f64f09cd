package fr.relance.ingest.noemie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.intake.DropZone;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.support.batch.StageLine;
import fr.relance.formats.noemie.NoemieFiles;

/**
 * A whole night on a drop tree: a NOEMIE return and a mutuelle statement go from in/ to
 * posted rows.
 */
@EngineTest
// its nights run the dunning of the sample establishments: a later night of another class
// would refuse them
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class NoemieNightlyTests {

	@Autowired
	NightlyRunner nightly;

	@Autowired
	DropZone dropZone;

	@Autowired
	Jdbi jdbi;

	@Test
	void aNightTakesTheDroppedReturnsAndPostsThem(@Autowired EstablishmentSync sync) throws Exception {
		// On a fresh database the intake stage's own sync is not yet committed when files
		// are registered in their
		// own transactions (reported to the intake owner); sync first, as a previous
		// night would have.
		sync.sync();
		LocalDate night = LocalDate.of(2031, 4, 14);
		String unique = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		dropZone.prepare("750000010");
		dropZone.prepare("670000025");
		Files.write(dropZone.in("750000010").resolve("RSP-" + unique + ".txt"),
				NoemieFiles.twoTransfers("750000010", "N" + unique, "REF N" + unique, LineEnd.NONE, 0));
		Files.writeString(dropZone.in("670000025").resolve("releve-" + unique + ".csv"),
				"""
						N° facture;Organisme;Montant demandé;Montant réglé;Statut;Code rejet;Motif;Date de paiement;Référence virement
						000500001;MUT222;30,00;30,00;PAYE;;;10/04/2031;VIR MUT222 %s
						000500002;MUT222;15,00;0,00;REJETE;M002;Prise en charge absente;10/04/2031;VIR MUT222 %s
						"""
					.formatted(unique, unique),
				StandardCharsets.UTF_8);

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.summary().stages()).filteredOn(s -> s.stage().equals("ingest"))
			.singleElement()
			.satisfies(s -> assertThat(s.read()).isGreaterThanOrEqualTo(8))
			.extracting(StageLine::rejected)
			.isEqualTo(0L);
		assertThat(rows("""
				SELECT f.finess || ' ' || f.kind || ' ' || f.status || ' ' || f.rows_read FROM source_file f
				WHERE f.run_date = :night ORDER BY f.finess DESC""", night))
			.containsExactly("750000010 noemie imported 6", "670000025 amc-statement imported 2");
		assertThat(rows("""
				SELECT r.finess || ' ' || r.payer || ' ' || r.organisation || ' ' || r.net_amount || ' '
				    || (SELECT count(*) FROM remittance_line l WHERE l.remittance_id = r.id)
				FROM remittance r JOIN source_file f ON f.id = r.source_file_id
				WHERE f.run_date = :night ORDER BY r.finess DESC, r.source_line""", night)).containsExactly(
				"750000010 AMO CPAM999 108.45 6", "750000010 AMC MUT888 30.00 2", "670000025 AMC MUT222 30.00 2");
		assertThat(dropZone.in("750000010")).isEmptyDirectory();
	}

	private List<String> rows(String sql, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery(sql).bind("night", night).mapTo(String.class).list());
	}

}
