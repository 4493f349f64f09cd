package fr.relance.testworld;

import java.time.LocalDate;

/**
 * A patient of a {@link World}, written the first time an invoice, a case or its id needs
 * it.
 */
public final class Patient {

	/**
	 * When the ledger last changed the row, unless told: after every night of the tests.
	 */
	private static final LocalDate LATER_THAN_ANY_NIGHT = LocalDate.of(2030, 1, 1);

	private final World world;

	private PatientRow row;

	private long id;

	Patient(World world, String externalId) {
		this.world = world;
		this.row = new PatientRow(externalId, "Martin", "Anne", "12 rue des Lilas", "75011", "Paris", "06 12 34 56 78",
				LocalDate.of(1961, 7, 14), LATER_THAN_ANY_NIGHT);
	}

	/** A patient a ledger import already wrote. */
	Patient(World world, String externalId, long id) {
		this(world, externalId);
		this.id = id;
	}

	public Patient named(String firstName, String lastName) {
		return change(new PatientRow(this.row.externalId(), lastName, firstName, this.row.street(), this.row.postcode(),
				this.row.city(), this.row.phone(), this.row.birthDate(), this.row.updatedOn()));
	}

	public Patient livingAt(String street, String postcode, String city) {
		return change(new PatientRow(this.row.externalId(), this.row.lastName(), this.row.firstName(), street, postcode,
				city, this.row.phone(), this.row.birthDate(), this.row.updatedOn()));
	}

	/** No address, no telephone, no birth date: only what the ledger must give. */
	public Patient withoutContact() {
		return change(new PatientRow(this.row.externalId(), this.row.lastName(), this.row.firstName(), null, null, null,
				null, null, this.row.updatedOn()));
	}

	/**
	 * The day the ledger last changed the patient's row (what retention sees as
	 * activity).
	 */
	public Patient updatedOn(LocalDate on) {
		return change(new PatientRow(this.row.externalId(), this.row.lastName(), this.row.firstName(),
				this.row.street(), this.row.postcode(), this.row.city(), this.row.phone(), this.row.birthDate(), on));
	}

	public long id() {
		if (this.id == 0) {
			this.id = this.world.dao.patient(this.row, this.world.finess, this.world.currentFile(),
					this.world.nextLine());
		}
		return this.id;
	}

	/**
	 * An invoice of the patient due on {@code due} (also its care and issue date unless
	 * told otherwise).
	 */
	public Invoice invoice(String number, LocalDate due) {
		return new Invoice(this.world, this, number, due);
	}

	/** A dunning case of the patient opened on {@code on}. */
	public DunningCase openCase(LocalDate on) {
		return new DunningCase(this.world, this.world.dao.openCase(this.world.finess, id(), on));
	}

	/**
	 * The output stage's part, played by hand: the patient's planned actions are emitted
	 * on their night.
	 */
	public void emitPlanned() {
		this.world.dao.emitPlanned(id());
	}

	private Patient change(PatientRow changed) {
		if (this.id != 0) {
			throw new IllegalStateException("patient " + this.row.externalId() + " is already written");
		}
		this.row = changed;
		return this;
	}

}
