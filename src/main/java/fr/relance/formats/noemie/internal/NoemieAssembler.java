package fr.relance.formats.noemie.internal;

import static fr.relance.formats.noemie.internal.NoemieLayouts.ACT_210;
import static fr.relance.formats.noemie.internal.NoemieLayouts.AMC_199;
import static fr.relance.formats.noemie.internal.NoemieLayouts.AMO_198;
import static fr.relance.formats.noemie.internal.NoemieLayouts.CONTROL_990;
import static fr.relance.formats.noemie.internal.NoemieLayouts.HEADER;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INSURED_110;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INSURED_BENEFICIARY_103;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INVOICE_100;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INVOICE_102;
import static fr.relance.formats.noemie.internal.NoemieLayouts.LOT_080;
import static fr.relance.formats.noemie.internal.NoemieLayouts.PATIENT_120;
import static fr.relance.formats.noemie.internal.NoemieLayouts.PAYEE_040;
import static fr.relance.formats.noemie.internal.NoemieLayouts.REJECT_294;
import static fr.relance.formats.noemie.internal.NoemieLayouts.RETENTION_250;
import static fr.relance.formats.noemie.internal.NoemieLayouts.RETURN_TYPE_081;
import static fr.relance.formats.noemie.internal.NoemieLayouts.SIGNAL_290;
import static fr.relance.formats.noemie.internal.NoemieLayouts.TRAILER;
import static fr.relance.formats.noemie.internal.NoemieLayouts.TRANSFER_071;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import fr.relance.formats.fixedwidth.FieldReader;
import fr.relance.formats.fixedwidth.FieldType;
import fr.relance.formats.fixedwidth.FixedWidthException;
import fr.relance.formats.fixedwidth.RecordCountConvention;
import fr.relance.formats.fixedwidth.RecordLayout;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieEvent;
import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieOptions;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.NoemieTrailer;
import fr.relance.formats.noemie.NoemieWarning;
import fr.relance.formats.noemie.UnknownEntity;

/**
 * Receives the header, each entity (already cut on {@code @}) and the trailer, emits
 * typed events and checks the control totals (rules in {@link OpenLevels}). Entities of
 * unknown type are emitted raw and skipped.
 */
public final class NoemieAssembler {

	private static final int MAX_WARNINGS = 50;

	private final FieldReader r = new FieldReader();

	private final EntityDecoder decoder;

	private final OpenLevels levels;

	private final Consumer<NoemieEvent> out;

	private final List<NoemieWarning> warnings = new ArrayList<>();

	private NoemieHeader header;

	private long unknownEntities;

	private long record;

	private long offset;

	public NoemieAssembler(NoemieOptions options, Consumer<NoemieEvent> out) {
		this.decoder = new EntityDecoder(options.datePattern());
		this.levels = new OpenLevels(out);
		this.out = out;
	}

	public void header(char[] chars, long recordNumber) {
		at(recordNumber, 0);
		guarded(() -> {
			header = decoder.header(r.bind(HEADER, chars, 0, chars.length));
			out.accept(header);
		});
	}

	/**
	 * One entity without its {@code @}, starting at {@code recordNumber} /
	 * {@code entityOffset}.
	 */
	public void entity(char[] chars, int length, long recordNumber, long entityOffset) {
		at(recordNumber, entityOffset);
		guarded(() -> dispatch(chars, length));
	}

	/**
	 * The {@code 999} record; {@code physicalRecords} is -1 when records are not physical
	 * (logical mode).
	 */
	public void trailer(char[] chars, long recordNumber, long recordOffset, long physicalRecords) {
		at(recordNumber, recordOffset);
		guarded(() -> {
			levels.closePayee();
			TrailerCheck check = new TrailerCheck(r.bind(TRAILER, chars, 0, chars.length), header);
			RecordCountConvention convention = physicalRecords < 0 ? null : check.recordCount(physicalRecords);
			check.lots(levels.fileLots);
			check.total(levels.fileNetCents());
			out.accept(new NoemieTrailer(header.fileId(), r.number("recordCount"), convention, levels.fileLots,
					EntityDecoder.signed(r, "total", "sign"), levels.fileInvoices, unknownEntities, warnings));
		});
	}

	/**
	 * For writers: what a {@code 990} written now must state; null when no level is open.
	 */
	public ControlTotals expectedControl() {
		return levels.expectedControl();
	}

	/**
	 * For writers: closes every open level and returns the file's lot count and net
	 * total.
	 */
	public ControlTotals closeAll() {
		levels.closePayee();
		return new ControlTotals(NoemieLevel.FILE, levels.fileLots, levels.fileNetCents());
	}

	/**
	 * Notes something odd that does not invalidate the file (kept to the first
	 * {@value #MAX_WARNINGS}).
	 */
	public void warn(NoemieWarning.Kind kind, long recordNumber, String value) {
		if (warnings.size() < MAX_WARNINGS) {
			warnings.add(new NoemieWarning(kind, recordNumber, value));
		}
	}

	private void dispatch(char[] chars, int length) {
		if (length < 5) {
			throw new EntityProblem(NoemieReason.BAD_ENTITY_LENGTH, 1, "an entity needs at least type and level");
		}
		int type = typeOf(chars);
		switch (type) {
			case 40 -> levels.openPayee(bind(PAYEE_040, chars, length).raw("payee"));
			case 71 -> transfer(chars, length);
			case 80 -> lot(chars, length);
			case 81 -> levels.returnType(bind(RETURN_TYPE_081, chars, length).raw("returnType"));
			case 100, 102 -> openInvoice(type, chars, length);
			case 103 -> invoice().nirs(EntityDecoder.nir(bind(INSURED_BENEFICIARY_103, chars, length), "nir"),
					EntityDecoder.nir(r, "beneficiaryNir"));
			case 110 -> invoice().nirs(EntityDecoder.nir(bind(INSURED_110, chars, length), "nir"), null);
			case 120 -> bind(PATIENT_120, chars, length);
			case 198 -> invoice().part(decoder.part(bind(AMO_198, chars, length), false), false);
			case 199 -> invoice().part(decoder.part(bind(AMC_199, chars, length), true), true);
			case 210 -> invoice().line(decoder.actLine(bind(ACT_210, chars, length)));
			case 250 -> retention(chars, length);
			case 290 -> invoice().reject(decoder.reject(bind(SIGNAL_290, chars, length), 290));
			case 294 -> invoice().reject(decoder.reject(bind(REJECT_294, chars, length), 294));
			case 990 -> {
				bind(CONTROL_990, chars, length);
				levels.control(r.number("count"), EntityDecoder.signed(r, "sum", "sign"));
			}
			default -> unknown(chars, length);
		}
	}

	private void transfer(char[] chars, int length) {
		bind(TRANSFER_071, chars, length);
		int sequence = levels.nextTransferSequence();
		levels.openTransfer(decoder.transfer(r, sequence, levels.payee), record);
	}

	private void lot(char[] chars, int length) {
		bind(LOT_080, chars, length);
		levels.openLot(r.digits("lotNumber"), r.raw("lotDate"), decoder.date(r, "lotDate"));
	}

	/**
	 * {@code 102}, or the short {@code 100} which takes lot number and date from its lot.
	 */
	private void openInvoice(int type, char[] chars, int length) {
		levels.closeInvoice();
		if (levels.lot == null) {
			throw new EntityProblem(NoemieReason.OUT_OF_PLACE, NoemieLevel.LOT, 1, "invoice outside a lot");
		}
		Lot lot = levels.lot.value();
		if (type == 100) {
			bind(INVOICE_100, chars, length);
			levels.invoice = new InvoiceState(levels.transfer, lot, r.digits("invoice"), lot.number(),
					lot.creationDateRaw(), ' ', null, null, record);
		}
		else {
			bind(INVOICE_102, chars, length);
			levels.invoice = new InvoiceState(levels.transfer, lot, r.digits("invoice"), r.digits("lotNumber"),
					r.raw("lotDate"), r.character("invoiceType"), r.raw("billingDate"), r.raw("nature"), record);
		}
	}

	private void retention(char[] chars, int length) {
		if (levels.transfer == null) {
			throw new EntityProblem(NoemieReason.OUT_OF_PLACE, NoemieLevel.TRANSFER, 1, "250 outside a transfer");
		}
		var retention = decoder.retention(bind(RETENTION_250, chars, length), levels.transfer, record);
		levels.retained(retention.amountCents());
		out.accept(retention);
	}

	private void unknown(char[] chars, int length) {
		unknownEntities++;
		String text = new String(chars, 0, length);
		if (unknownEntities <= MAX_WARNINGS) {
			warn(NoemieWarning.Kind.UNKNOWN_ENTITY, record, text.substring(0, 3));
		}
		out.accept(new UnknownEntity(text.substring(0, 3), text.substring(3, 5), text, record));
	}

	private InvoiceState invoice() {
		if (levels.invoice == null) {
			throw new EntityProblem(NoemieReason.OUT_OF_PLACE, NoemieLevel.INVOICE, 1, "entity outside an invoice");
		}
		return levels.invoice;
	}

	private FieldReader bind(RecordLayout layout, char[] chars, int length) {
		return r.bind(layout, chars, 0, length);
	}

	private static int typeOf(char[] chars) {
		int type = 0;
		for (int i = 0; i < 3; i++) {
			char c = chars[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			type = type * 10 + (c - '0');
		}
		return type;
	}

	private void at(long recordNumber, long entityOffset) {
		this.record = recordNumber;
		this.offset = entityOffset;
	}

	private void guarded(Runnable step) {
		try {
			step.run();
		}
		catch (FixedWidthException ex) {
			throw translate(ex, NoemieLevel.ENTITY, record, offset + Math.max(0, ex.position() - 1));
		}
		catch (EntityProblem ex) {
			throw new NoemieFormatException(ex.reason, ex.level, record, offset + ex.position - 1, ex.getMessage(),
					null);
		}
	}

	/** The public exception for a toolkit problem. */
	public static NoemieFormatException translate(FixedWidthException ex, NoemieLevel level, long record, long offset) {
		NoemieReason reason = switch (ex.problem()) {
			case NOT_DIGITS -> ex.fieldType() == FieldType.AMOUNT ? NoemieReason.BAD_AMOUNT : NoemieReason.NOT_DIGITS;
			case BAD_DATE -> NoemieReason.BAD_DATE;
			case CONTROL_CHARACTER -> NoemieReason.CONTROL_CHARACTER;
			case TOO_SHORT -> NoemieReason.BAD_ENTITY_LENGTH;
			case SHORT_RECORD, LONG_RECORD -> NoemieReason.BAD_RECORD_LENGTH;
			case TRUNCATED_RECORD -> NoemieReason.TRUNCATED;
		};
		return new NoemieFormatException(reason, level, record, offset, ex.getMessage(), null);
	}

}
