package fr.relance.formats.noemie.internal;

import static fr.relance.formats.noemie.internal.NoemieLayouts.HEADER;

import java.time.LocalDate;

import fr.relance.formats.fixedwidth.ShortDatePattern;
import fr.relance.formats.fixedwidth.FieldReader;
import fr.relance.formats.noemie.ActLine;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.PartStatus;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Retention;
import fr.relance.formats.noemie.Transfer;

/**
 * Turns one bound entity into a typed value. Knows field names, never positions (those
 * are in the layouts).
 */
public final class EntityDecoder {

	private final ShortDatePattern dates;

	public EntityDecoder(ShortDatePattern dates) {
		this.dates = dates;
	}

	/** Entity {@code 000}; the reader must be bound to {@link NoemieLayouts#HEADER}. */
	public NoemieHeader header(FieldReader r) {
		if (!"000".equals(r.raw("type")) || r.layout() != HEADER) {
			throw new EntityProblem(NoemieReason.NOT_NOEMIE, 1, "the first record is not a 000 header");
		}
		return new NoemieHeader(r.raw("senderType"), r.text("senderNumber"), r.raw("addresseeType"),
				r.text("addresseeNumber"), r.raw("application"), r.text("fileId"), r.raw("creationDate"),
				r.date("creationDate", dates), r.raw("norm"), r.raw("version"), r.character("flowType"));
	}

	LocalDate date(FieldReader r, String field) {
		return r.date(field, dates);
	}

	Transfer transfer(FieldReader r, int sequence, String payee) {
		return new Transfer(sequence, payee, r.raw("date"), r.date("date", dates), r.text("label1"), r.text("label2"),
				r.text("payer"));
	}

	Part part(FieldReader r, boolean amc) {
		char code = r.character("status");
		PartStatus status = PartStatus.ofCode(code)
			.orElseThrow(() -> new EntityProblem(NoemieReason.BAD_STATUS, r.layout().field("status").start(),
					"part status must be P, R, D or blank"));
		return new Part(r.cents("claimed"), status, signed(r, "paid", "sign"), amc ? r.text("organism") : null);
	}

	ActLine actLine(FieldReader r) {
		return new ActLine((int) r.number("line"), signed(r, "reimbursed", "sign"));
	}

	Reject reject(FieldReader r, int entity) {
		boolean detailed = entity == 294;
		return new Reject(entity, r.text("code"), r.text("label"), detailed ? r.character("rejectLevel") : ' ',
				detailed ? r.character("part") : ' ');
	}

	Retention retention(FieldReader r, Transfer transfer, long recordNumber) {
		return new Retention(transfer, (int) r.number("line"), r.text("debtReference"), r.raw("debtDate"),
				r.raw("debtNature"), r.raw("operation"), signed(r, "amount", "sign"), r.cents("remaining"),
				recordNumber);
	}

	/** NIR and key as one 15-character string; null when blank. */
	static String nir(FieldReader r, String field) {
		return r.isBlank(field) ? null : r.raw(field);
	}

	/**
	 * An unsigned amount and its sign field ({@code P} plus, {@code N} minus) as signed
	 * cents.
	 */
	static long signed(FieldReader r, String amount, String sign) {
		long cents = r.cents(amount);
		char s = r.character(sign);
		if (s == 'P') {
			return cents;
		}
		if (s == 'N') {
			return -cents;
		}
		throw new EntityProblem(NoemieReason.BAD_SIGN, r.layout().field(sign).start(), "sign must be P or N");
	}

}
