package fr.relance.formats.noemie.internal;

import static fr.relance.formats.noemie.internal.NoemieLayouts.ACT_210;
import static fr.relance.formats.noemie.internal.NoemieLayouts.AMC_199;
import static fr.relance.formats.noemie.internal.NoemieLayouts.AMO_198;
import static fr.relance.formats.noemie.internal.NoemieLayouts.CONTROL_990;
import static fr.relance.formats.noemie.internal.NoemieLayouts.HEADER;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INSURED_110;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INSURED_BENEFICIARY_103;
import static fr.relance.formats.noemie.internal.NoemieLayouts.INVOICE_102;
import static fr.relance.formats.noemie.internal.NoemieLayouts.LOT_080;
import static fr.relance.formats.noemie.internal.NoemieLayouts.PAYEE_040;
import static fr.relance.formats.noemie.internal.NoemieLayouts.REJECT_294;
import static fr.relance.formats.noemie.internal.NoemieLayouts.RETENTION_250;
import static fr.relance.formats.noemie.internal.NoemieLayouts.RETURN_TYPE_081;
import static fr.relance.formats.noemie.internal.NoemieLayouts.SIGNAL_290;
import static fr.relance.formats.noemie.internal.NoemieLayouts.TRAILER;
import static fr.relance.formats.noemie.internal.NoemieLayouts.TRANSFER_071;

import fr.relance.formats.fixedwidth.RecordBuilder;
import fr.relance.formats.fixedwidth.RecordLayout;
import fr.relance.formats.noemie.ActLine;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Retention;
import fr.relance.formats.noemie.Transfer;

/**
 * Typed values to entity text (without the {@code @}), through the same layouts the
 * reader uses.
 */
public final class EntityEncoder {

	private EntityEncoder() {
	}

	public static String header(NoemieHeader h) {
		return new RecordBuilder(HEADER).text("type", "000")
			.text("senderType", h.senderType())
			.text("senderNumber", h.senderNumber())
			.text("addresseeType", h.addresseeType())
			.text("addresseeNumber", h.addresseeNumber())
			.text("application", h.application())
			.text("fileId", h.fileId())
			.text("creationDate", h.creationDateRaw())
			.text("norm", h.norm())
			.text("version", h.version())
			.character("currency", 'U')
			.character("flowType", h.flowType())
			.text("recordLength", "128")
			.build();
	}

	public static String trailer(NoemieHeader h, long records, int lots, long totalCents) {
		return new RecordBuilder(TRAILER).text("type", "999")
			.text("senderType", h.senderType())
			.text("senderNumber", h.senderNumber())
			.text("addresseeType", h.addresseeType())
			.text("addresseeNumber", h.addresseeNumber())
			.text("fileId", h.fileId())
			.number("recordCount", records)
			.character("flowType", h.flowType())
			.number("lotCount", lots)
			.cents("total", Math.abs(totalCents))
			.character("sign", sign(totalCents))
			.build();
	}

	public static String payee(String number) {
		return entity(PAYEE_040, "02").text("payee", number).build();
	}

	public static String transfer(Transfer t) {
		return entity(TRANSFER_071, "02").text("date", t.dateRaw())
			.text("label1", t.label1())
			.text("label2", t.label2())
			.text("payer", t.payer())
			.build();
	}

	public static String lot(Lot lot) {
		return entity(LOT_080, "03").text("lotDate", lot.creationDateRaw()).text("lotNumber", lot.number()).build();
	}

	public static String returnType(String type) {
		return entity(RETURN_TYPE_081, "02").text("returnType", type).build();
	}

	public static String invoice(InvoiceReturn r) {
		return entity(INVOICE_102, "04").text("invoice", r.invoiceNumber())
			.text("lotNumber", r.lotNumber())
			.text("lotDate", r.lotDateRaw())
			.character("invoiceType", r.invoiceType())
			.text("billingDate", r.billingDateRaw())
			.text("nature", r.natureAssurance())
			.build();
	}

	/**
	 * {@code 103} when a beneficiary NIR is known, else {@code 110}; null when there is
	 * no NIR at all.
	 */
	public static String nirs(InvoiceReturn r) {
		if (r.beneficiaryNir() != null) {
			return entity(INSURED_BENEFICIARY_103, "05").text("nir", r.insuredNir())
				.text("beneficiaryNir", r.beneficiaryNir())
				.build();
		}
		return r.insuredNir() == null ? null : entity(INSURED_110, "05").text("nir", r.insuredNir()).build();
	}

	public static String part(Part part, boolean amc) {
		RecordBuilder b = entity(amc ? AMC_199 : AMO_198, "05").cents("claimed", part.claimedCents())
			.character("status", part.status().code())
			.cents("paid", Math.abs(part.paidCents()))
			.character("sign", sign(part.paidCents()));
		return (amc ? b.text("organism", part.organism()) : b).build();
	}

	public static String actLine(ActLine line) {
		return entity(ACT_210, "05").number("line", line.lineNumber())
			.cents("reimbursed", Math.abs(line.reimbursedCents()))
			.character("sign", sign(line.reimbursedCents()))
			.build();
	}

	public static String reject(Reject reject, int lineNumber) {
		if (reject.entity() == 290) {
			return entity(SIGNAL_290, "05").text("line", String.format("%02d", lineNumber))
				.text("code", reject.code())
				.text("label", reject.label())
				.build();
		}
		return entity(REJECT_294, "05").text("code", reject.code())
			.text("label", reject.label())
			.character("rejectLevel", reject.level())
			.character("part", reject.part())
			.build();
	}

	public static String retention(Retention r) {
		return entity(RETENTION_250, "03").number("line", r.lineNumber())
			.text("debtReference", r.debtReference())
			.text("debtDate", r.debtDateRaw())
			.text("debtNature", r.debtNature())
			.text("operation", r.operation())
			.cents("amount", Math.abs(r.amountCents()))
			.character("sign", sign(r.amountCents()))
			.cents("remaining", r.remainingDebtCents())
			.build();
	}

	public static String control(long count, long sumCents) {
		return entity(CONTROL_990, "99").number("count", count)
			.cents("sum", Math.abs(sumCents))
			.character("sign", sign(sumCents))
			.build();
	}

	private static RecordBuilder entity(RecordLayout layout, String level) {
		return new RecordBuilder(layout).text("type", layout.name()).text("level", level);
	}

	private static char sign(long cents) {
		return cents < 0 ? 'N' : 'P';
	}

}
