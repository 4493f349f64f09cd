package fr.relance.ingest.ledger;

import static fr.relance.ingest.ledger.LedgerImportTests.HEADER;
import static fr.relance.ingest.ledger.LedgerImportTests.NIGHT;
import static fr.relance.ingest.ledger.LedgerImportTests.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.HeldSnapshots;
import fr.relance.intake.SourceFile;

/**
 * A full snapshot cut in transfer is refused whole; one that would close too many open
 * invoices is held.
 */
@EngineTest
class LedgerSnapshotGuardTests {

	@Autowired
	LedgerFixture fixture;

	@Autowired
	HeldSnapshots held;

	private static String lines(String finess, int from, int to) {
		StringBuilder lines = new StringBuilder();
		for (int i = from; i < to; i++) {
			lines.append(line(finess, String.format("F%09d", i), "P" + i, "BLANC", "75015", "", "02/10/2026", "10,00",
					"0", "0", "10,00", "0", ""));
		}
		return lines.toString();
	}

	@Test
	void aSnapshotWithoutItsLastLineEndIsRefusedWholeAndClosesNothing() throws Exception {
		Establishment e = fixture.establishment("75109931", "relance-standard");
		String f = e.finess();
		fixture.drop(e, "monday.csv", HEADER + lines(f, 31000, 31040), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		// cut at 65 %, in the middle of a field: the last line has no line end
		String whole = HEADER + lines(f, 31000, 31040);
		fixture.drop(e, "tuesday.csv", whole.substring(0, whole.length() * 65 / 100), StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(1))).isNull();

		SourceFile tuesday = fixture.file(e, "tuesday.csv");
		assertThat(tuesday.status()).isEqualTo("quarantined");
		assertThat(tuesday.reasonCode()).isEqualTo("TRUNCATED_FILE");
		assertThat(tuesday.statusReason()).contains("ne se termine pas par une fin de ligne");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f AND closed_at_source_on IS NULL", e))
			.isEqualTo(40);
	}

	@Test
	void aSnapshotWhoseLastLineHasFewerColumnsThanTheHeaderIsRefusedWhole() throws Exception {
		Establishment e = fixture.establishment("75109932", "relance-standard");
		String f = e.finess();
		fixture.drop(e, "monday.csv", HEADER + lines(f, 32000, 32040), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		String last = line(f, "F000032001", "P1", "BLANC", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0",
				"");
		fixture.drop(e, "tuesday.csv",
				HEADER + lines(f, 32000, 32001) + last.substring(0, last.indexOf(";Paris;")) + "\r\n",
				StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(1))).isNull();

		SourceFile tuesday = fixture.file(e, "tuesday.csv");
		assertThat(tuesday.reasonCode()).isEqualTo("TRUNCATED_FILE");
		assertThat(tuesday.statusReason()).contains("(ligne 3) n'a que 8 colonnes sur 24");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f AND closed_at_source_on IS NULL", e))
			.isEqualTo(40);
	}

	@Test
	void aSnapshotClosingMoreThanTheShareIsHeldUntilConfirmedThenApplied() throws Exception {
		Establishment e = fixture.establishment("75109933", "relance-standard");
		String f = e.finess();
		fixture.drop(e, "monday.csv", HEADER + lines(f, 33000, 33040), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		// 3 of 40 open invoices gone: 7.5 %, above the default 5 %
		fixture.drop(e, "tuesday.csv", HEADER + lines(f, 33000, 33037), StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(1))).isNull();

		SourceFile tuesday = fixture.file(e, "tuesday.csv");
		assertThat(tuesday.status()).isEqualTo("held");
		assertThat(tuesday.reasonCode()).isEqualTo("SNAPSHOT_HELD");
		assertThat(tuesday.statusReason()).contains("fermerait 3 des 40 factures ouvertes (plus de 5 %)");
		assertThat(tuesday.stored()).exists();
		assertThat(held.all()).extracting(HeldSnapshots.Held::id).contains(tuesday.id());
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f AND closed_at_source_on IS NULL", e))
			.isEqualTo(40);

		// a later night without confirmation does not take it again
		assertThat(fixture.night(e, NIGHT.plusDays(2))).isNull();
		assertThat(fixture.file(e, "tuesday.csv").status()).isEqualTo("held");

		held.confirm(String.valueOf(tuesday.id()));
		assertThat(fixture.night(e, NIGHT.plusDays(3)).note()).endsWith("3 invoices closed at source");
		assertThat(fixture.file(e, "tuesday.csv").status()).isEqualTo("imported");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f AND closed_at_source_on IS NULL", e))
			.isEqualTo(37);
		assertThat(held.all()).extracting(HeldSnapshots.Held::id).doesNotContain(tuesday.id());
	}

	@Test
	void aHeldSnapshotReplacedByANewerImportedOneIsNoLongerOfferedForConfirmation() throws Exception {
		Establishment e = fixture.establishment("75109934", "relance-standard");
		String f = e.finess();
		fixture.drop(e, "monday.csv", HEADER + lines(f, 34000, 34040), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		fixture.drop(e, "tuesday.csv", HEADER + lines(f, 34000, 34030), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));
		long tuesday = fixture.file(e, "tuesday.csv").id();
		assertThat(held.all()).extracting(HeldSnapshots.Held::id).contains(tuesday);

		fixture.drop(e, "wednesday.csv", HEADER + lines(f, 34000, 34039), StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(2)).note()).endsWith("1 invoices closed at source");

		assertThat(held.all()).extracting(HeldSnapshots.Held::id).doesNotContain(tuesday);
		assertThat(fixture.file(e, "tuesday.csv").status()).isEqualTo("held");
		assertThat(fixture.file(e, "tuesday.csv").stored()).exists();
		assertThatThrownBy(() -> held.confirm(String.valueOf(tuesday))).isInstanceOf(IllegalArgumentException.class);
	}

}
