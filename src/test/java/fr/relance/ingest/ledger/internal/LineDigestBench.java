package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Is our own 64-bit line digest needed, or would a maintained library hash do? Digests
 * the invoice side of N ledger lines with {@link LineDigest#invoice} and with MurmurHash3
 * x64 128 of Apache Commons Codec over the same fields (serialised into one reused
 * buffer, as a caller would have to), in the same run; then checks the quality of ours:
 * collisions over the N lines, and the avalanche (output bits that change when one input
 * field changes by one unit; 32 of 64 is ideal). Run by
 * {@code ops/bench/line-digest.sh [lines]}.
 */
public final class LineDigestBench {

	private LineDigestBench() {
	}

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		LedgerRow[] rows = new LedgerRow[n];
		Random random = new Random(7);
		LocalDate care = LocalDate.of(2026, 10, 1);
		for (int i = 0; i < n; i++) {
			BigDecimal total = BigDecimal.valueOf(1000 + random.nextInt(200_000), 2);
			BigDecimal patient = BigDecimal.valueOf(random.nextInt(1000), 2);
			rows[i] = new LedgerRow(i + 2, String.format("F%09d", i), String.format("%09d", random.nextInt(n)), "NOM",
					"Prenom", null, null, "75015", "Paris", null, null, null, null, care.plusDays(random.nextInt(300)),
					care, care.plusDays(30), null, total, total.subtract(patient), BigDecimal.ZERO.setScale(2), "MUT",
					patient, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
					null, false, false, false, false);
		}
		ByteBuffer buffer = ByteBuffer.allocate(1024);
		for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up; the
													// last one is printed
			long ours = time(() -> {
				long x = 0;
				for (LedgerRow row : rows) {
					x ^= LineDigest.invoice(row);
				}
				return x;
			});
			long murmur = time(() -> {
				long x = 0;
				for (LedgerRow row : rows) {
					x ^= murmur(row, buffer);
				}
				return x;
			});
			if (round == 2) {
				System.out.printf(Locale.ROOT, "lines %,d%n", n);
				System.out.printf(Locale.ROOT, "LineDigest.invoice (ours, 64 bits)      %8.1f ns/line%n",
						(double) ours / n);
				System.out.printf(Locale.ROOT, "MurmurHash3 x64 128 (commons-codec)     %8.1f ns/line (%.2fx ours)%n",
						(double) murmur / n, (double) murmur / ours);
			}
		}
		Set<Long> seen = new HashSet<>(n * 2);
		long collisions = 0;
		for (LedgerRow row : rows) {
			if (!seen.add(LineDigest.invoice(row))) {
				collisions++;
			}
		}
		System.out.printf(Locale.ROOT, "collisions among %,d distinct lines: %d%n", n, collisions);
		long flipped = 0;
		int samples = Math.min(n, 100_000);
		for (int i = 0; i < samples; i++) {
			LedgerRow r = rows[i];
			LedgerRow cent = new LedgerRow(r.line(), r.invoiceNumber(), r.patientId(), r.lastName(), r.firstName(),
					r.addressLine1(), r.addressLine2(), r.postcode(), r.city(), r.phone(), r.mobile(), r.email(),
					r.birthDate(), r.careDate(), r.invoiceDate(), r.dueDate(), r.billingDate(), r.total(), r.amoDue(),
					r.amcDue(), r.amcOrganisation(), r.patientDue(), r.amoPaid(), r.amcPaid(),
					r.patientPaid().add(BigDecimal.valueOf(1, 2)), r.paymentReference(), r.dispute(), r.deceased(),
					r.guardianship(), r.smsOptOut());
			flipped += Long.bitCount(LineDigest.invoice(r) ^ LineDigest.invoice(cent));
		}
		System.out.printf(Locale.ROOT, "avalanche: one more cent paid changes %.2f of 64 bits on average (ideal 32)%n",
				(double) flipped / samples);
	}

	/**
	 * The same fields as {@link LineDigest#invoice}, serialised, then hashed by the
	 * library.
	 */
	private static long murmur(LedgerRow r, ByteBuffer b) {
		b.clear();
		text(b, r.patientId());
		b.putLong(r.careDate().toEpochDay()).putLong(r.invoiceDate().toEpochDay()).putLong(r.dueDate().toEpochDay());
		amount(b, r.total());
		amount(b, r.amoDue());
		amount(b, r.amcDue());
		text(b, r.amcOrganisation());
		amount(b, r.patientDue());
		amount(b, r.amoPaid());
		amount(b, r.amcPaid());
		amount(b, r.patientPaid());
		text(b, r.paymentReference());
		b.put((byte) (r.dispute() ? 1 : 0));
		return MurmurHash3.hash128x64(b.array(), 0, b.position(), 0)[0];
	}

	private static void text(ByteBuffer b, String value) {
		if (value == null) {
			b.putInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		b.putInt(bytes.length).put(bytes);
	}

	private static void amount(ByteBuffer b, BigDecimal value) {
		b.putLong(value.unscaledValue().longValueExact()).putInt(value.scale());
	}

	private static long time(java.util.function.LongSupplier work) {
		long start = System.nanoTime();
		long sink = work.getAsLong();
		long elapsed = System.nanoTime() - start;
		if (sink == 42) {
			System.out.print("");
		}
		return elapsed;
	}

}
