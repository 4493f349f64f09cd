package fr.relance.ingest.ledger.internal;

import java.time.LocalDate;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The set-based statements that apply a staged ledger, over the staging tables of the
 * file's transaction, in the order {@link LedgerMerge} runs them. Each statement is
 * {@code LedgerMergeDao/<method>.sql}.
 */
@UseClasspathSqlLocator
interface LedgerMergeDao {

	/**
	 * Lines of patients merged into another (HL7 A40) become the survivor's invoices, not
	 * its details.
	 */
	@SqlUpdate
	int absorbedLines(@Bind("finess") String finess);

	/** One row per patient to refresh, with the details of their latest line. */
	@SqlUpdate
	int stagePatients(@Bind("finess") String finess);

	@SqlUpdate
	int patientsChanged(@Bind("finess") String finess, @Bind("file") long file, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int patientsNew(@Bind("finess") String finess, @Bind("file") long file, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int patientDigests(@Bind("finess") String finess);

	/**
	 * Staged lines of known invoices that differ from what is stored: picked before the
	 * new invoices are added.
	 */
	@SqlUpdate
	int changedLines(@Bind("finess") String finess);

	@SqlUpdate
	int invoicesChanged(@Bind("finess") String finess, @Bind("file") long file, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int partsChanged(@Bind("file") long file, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int invoicesNew(@Bind("finess") String finess, @Bind("file") long file, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int invoiceDigests();

	/** A snapshot closes at the source the open invoices it no longer lists. */
	@SqlUpdate
	int snapshotClose(@Bind("fileName") String fileName, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int partStatus(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/** For a file staged whole (a FEC): the patients to refresh. */
	@SqlUpdate
	int patientsFromStage();

	/** For a snapshot staged whole: the open invoices it no longer lists. */
	@SqlUpdate
	int goneFromStage(@Bind("finess") String finess);

	/** A FEC's staged receivable entries as ledger lines. */
	@SqlUpdate
	int fecToLedger();

}
