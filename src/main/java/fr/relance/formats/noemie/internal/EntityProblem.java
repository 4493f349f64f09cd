package fr.relance.formats.noemie.internal;

import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;

/**
 * A problem found in one entity or at one level; the assembler adds where it is (record,
 * offset) and rethrows it as the public format exception.
 */
final class EntityProblem extends RuntimeException {

	final NoemieReason reason;

	final NoemieLevel level;

	/** 1-based position inside the entity. */
	final int position;

	EntityProblem(NoemieReason reason, int position, String detail) {
		this(reason, NoemieLevel.ENTITY, position, detail);
	}

	EntityProblem(NoemieReason reason, NoemieLevel level, int position, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
		this.level = level;
		this.position = position;
	}

}
