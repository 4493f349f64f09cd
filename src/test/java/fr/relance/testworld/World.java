package fr.relance.testworld;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.LetterSettings;
import fr.relance.support.ids.Finess;

/**
 * One establishment's test data, written as a ledger import and the later stages would
 * leave it. Rows cite the world's current file (the last one {@link #file} or
 * {@link #ledger} registered) with a line number of their own.
 *
 * <pre>
 * World world = World.clinic(jdbi, night.minusDays(1));
 * Part part = world.patient("IPP-1").invoice("F-1", due).patientPart("60.00");
 * part.paid("20.00", night);
 * </pre>
 */
public final class World {

	static final String LEGAL_NAME = "Clinique des Essais (fictive)";

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The establishment's FINESS. */
	public final String finess;

	/**
	 * Its configuration as its establishment file would give it (what the output stage is
	 * handed).
	 */
	public Establishment establishment;

	final WorldDao dao;

	private final AtomicInteger line = new AtomicInteger();

	private long file;

	private World(Jdbi jdbi, String finess) {
		this.dao = jdbi.onDemand(WorldDao.class);
		this.finess = finess;
		this.establishment = new Establishment(finess, LEGAL_NAME, Sector.PRIVATE, List.of("3 rue des Essais"), "75014",
				"Paris", "Service facturation : 01 00 00 00 14", "https://paiement.example.fr/" + finess,
				"FR7630006000011234567890189", "AGRIFRPPXXX", "relance-standard", "private-clinic",
				new Sftp(finess, List.of(), Optional.empty()), false);
	}

	/**
	 * A private clinic of its own (scenario private-clinic, a fresh valid FINESS per
	 * world: tests sharing the database never see each other's data), with no file yet.
	 */
	public static World clinic(Jdbi jdbi) {
		String finess = Finess
			.withKey(String.format("8%02d%05d", ProcessHandle.current().pid() % 100, NEXT.incrementAndGet()));
		World world = new World(jdbi, finess);
		world.dao.establishment(finess, LEGAL_NAME);
		return world;
	}

	/**
	 * A private clinic of this FINESS (a test whose command reads the establishment's
	 * file by its number), written unless it is already there, with no file yet.
	 */
	public static World clinic(Jdbi jdbi, String finess) {
		World world = new World(jdbi, finess);
		world.dao.establishment(finess, LEGAL_NAME);
		return world;
	}

	/** A private clinic of its own whose last ledger was imported on {@code ledgerOn}. */
	public static World clinic(Jdbi jdbi, LocalDate ledgerOn) {
		World world = clinic(jdbi);
		world.ledger(ledgerOn);
		return world;
	}

	/**
	 * An establishment whose ledgers the test imported through the engine: what the world
	 * adds goes beside them (no file is registered until {@link #file} or
	 * {@link #ledger}).
	 */
	public static World of(Jdbi jdbi, String finess) {
		return new World(jdbi, finess);
	}

	/**
	 * An establishment already configured (synchronised from its file) whose last ledger
	 * came on {@code ledgerOn}.
	 */
	public static World existing(Jdbi jdbi, String finess, LocalDate ledgerOn) {
		World world = new World(jdbi, finess);
		world.ledger(ledgerOn);
		return world;
	}

	/**
	 * Another ledger imported on {@code on} (received at 02:00 Paris time); later rows
	 * cite it. Returns its id.
	 */
	public long ledger(LocalDate on) {
		return file("ledger", on);
	}

	/**
	 * A file of {@code kind} (ledger, noemie, bank_statement...) imported on {@code on};
	 * later rows cite it.
	 */
	public long file(String kind, LocalDate on) {
		String name = "ledger".equals(kind) ? "ledger.csv" : kind;
		String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
		this.file = this.dao.sourceFile(this.finess, kind, name, sha, on,
				on.atTime(2, 0).atZone(PARIS).toOffsetDateTime());
		return this.file;
	}

	/**
	 * A patient of the establishment, written on first use: Anne Martin, 12 rue des Lilas
	 * 75011 Paris, a valid mobile, born on 14/07/1961, unless told otherwise.
	 */
	public Patient patient(String externalId) {
		return new Patient(this, externalId);
	}

	/** The patient of this external id a ledger import already wrote. */
	public Patient importedPatient(String externalId) {
		return new Patient(this, externalId, this.dao.patientId(this.finess, externalId));
	}

	/** The letter settings of the establishment's file. */
	public World letters(LetterSettings settings) {
		this.establishment = this.establishment.withLetters(settings);
		return this;
	}

	/**
	 * Letter settings with only duplex printing and the most letters a night set
	 * ({@code max} null: no cap).
	 */
	public static LetterSettings settings(boolean duplex, Integer max) {
		return new LetterSettings(List.of(), Optional.empty(), Optional.empty(), duplex,
				max == null ? OptionalInt.empty() : OptionalInt.of(max), Optional.empty());
	}

	long currentFile() {
		if (this.file == 0) {
			throw new IllegalStateException("no file yet: call ledger(on) or file(kind, on) first");
		}
		return this.file;
	}

	int nextLine() {
		return this.line.incrementAndGet();
	}

}
