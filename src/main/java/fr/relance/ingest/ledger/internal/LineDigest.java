package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 64-bit digests of what a ledger line says about its invoice (and payer parts) and about
 * its patient. The merge records them on the invoice and the patient; the next file's
 * line with the same digests says nothing new and is not staged at all. Equal digests of
 * different contents would hide a change: with 64 bits, about one chance in 10^19 per
 * line. Different digests of equal contents only cost a comparison, so a change of this
 * function (or a line written differently with the same meaning) is safe: the merge
 * compares the values themselves.
 */
final class LineDigest {

	private static final long SEED = 0xcbf29ce484222325L;

	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private long hash = SEED;

	private LineDigest() {
	}

	/**
	 * The invoice and its parts: what {@code LedgerMergeDao.invoicesChanged} and
	 * {@code partsChanged} compare when it differs. The billing date counts only when the
	 * profile maps one, so the digests recorded before that column existed stay valid.
	 */
	static long invoice(LedgerRow r) {
		LineDigest digest = new LineDigest().text(r.patientId())
			.date(r.careDate())
			.date(r.invoiceDate())
			.date(r.dueDate())
			.amount(r.total())
			.amount(r.amoDue())
			.amount(r.amcDue())
			.text(r.amcOrganisation())
			.amount(r.patientDue())
			.amount(r.amoPaid())
			.amount(r.amcPaid())
			.amount(r.patientPaid())
			.text(r.paymentReference())
			.flag(r.dispute());
		return r.billingDate() == null ? digest.finish() : digest.date(r.billingDate()).finish();
	}

	/**
	 * The patient as this line describes them (a dispute is the invoice's: see
	 * {@link KnownLedger}). The mobile counts only when the line has one, so the digests
	 * recorded before that column existed stay valid.
	 */
	static long patient(LedgerRow r) {
		LineDigest digest = new LineDigest().text(r.lastName())
			.text(r.firstName())
			.text(r.addressLine1())
			.text(r.addressLine2())
			.text(r.postcode())
			.text(r.city())
			.text(r.phone())
			.text(r.email())
			.date(r.birthDate())
			.flag(r.deceased())
			.flag(r.guardianship())
			.flag(r.smsOptOut());
		return r.mobile() == null ? digest.finish() : digest.text(r.mobile()).finish();
	}

	/** A text by its length, then four characters at a time. */
	private LineDigest text(String value) {
		if (value == null) {
			return number(-1);
		}
		int length = value.length();
		number(length);
		int i = 0;
		for (; i + 4 <= length; i += 4) {
			number(value.charAt(i) | (long) value.charAt(i + 1) << 16 | (long) value.charAt(i + 2) << 32
					| (long) value.charAt(i + 3) << 48);
		}
		long rest = 0;
		for (int shift = 0; i < length; i++, shift += 16) {
			rest |= (long) value.charAt(i) << shift;
		}
		return length % 4 == 0 ? this : number(rest);
	}

	private LineDigest date(LocalDate value) {
		return value == null ? number(Long.MIN_VALUE) : number(value.toEpochDay());
	}

	/**
	 * An amount by its hash code, which for the compact amounts of a ledger (below 2^32
	 * cents) encodes the unscaled value and scale exactly, without building the
	 * BigInteger that unscaledValue() would.
	 */
	private LineDigest amount(BigDecimal value) {
		return value == null ? number(Long.MIN_VALUE) : number(value.hashCode()).number(value.scale());
	}

	private LineDigest flag(boolean value) {
		return number(value ? 1 : 0);
	}

	/**
	 * Mixes one 64-bit word in. Every value is framed by a length or a fixed width, so
	 * that no two lists of values feed the same words.
	 */
	private LineDigest number(long value) {
		long h = (hash ^ value) * MULTIPLIER;
		hash = h ^ (h >>> 29);
		return this;
	}

	/**
	 * A final avalanche (MurmurHash3's) so that every input bit moves every output bit.
	 */
	private long finish() {
		long h = hash;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb93fe53f3e53L;
		h ^= h >>> 33;
		return h;
	}

}
