package fr.relance.ingest.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.relance.support.money.Amounts;

/**
 * Turns the raw texts of one entry into credit lines, or into a counted skip. An entry is
 * refused whole when any part of it is doubtful: splitting half a batch would allocate
 * money that the bank statement does not show.
 */
final class EntrySplitter {

	/**
	 * Statuses that are not booked yet (or never will be) and are skipped without
	 * comment.
	 */
	private static final Set<String> KNOWN_STATUSES = Set.of("PDNG", "INFO", "FUTR");

	/**
	 * xs:decimal as banks write it; no exponent, so a hostile {@code 1E999999999} never
	 * reaches BigDecimal.
	 */
	private static final Pattern DECIMAL = Pattern.compile("\\+?\\d{1,18}(\\.\\d{1,18})?");

	private final Tally tally;

	EntrySplitter(Tally tally) {
		this.tally = tally;
	}

	/** The lines of a booked credit entry, or an empty list (the tally says why). */
	List<BankCreditLine> split(EntryFields entry, String statementId, String iban) {
		if (!"BOOK".equals(entry.status)) {
			this.tally.notBookedSkipped++;
			if (!KNOWN_STATUSES.contains(String.valueOf(entry.status))) {
				this.tally.skip(entry, SkipReason.STATUS_UNKNOWN,
						"status " + entry.status + " is not BOOK, PDNG, INFO or FUTR");
			}
			return List.of();
		}
		boolean reversal = "true".equals(entry.reversal) || "1".equals(entry.reversal);
		if ("DBIT".equals(entry.direction)) {
			this.tally.debitsSkipped++;
			if (reversal) {
				this.tally.skip(entry, SkipReason.DEBIT_REVERSAL, "reversal debit of " + entry.amount + " "
						+ entry.currency + ", bank reference " + entry.accountServicerReference);
			}
			return List.of();
		}
		try {
			List<BankCreditLine> lines = lines(entry, statementId, iban, reversal);
			lines.forEach(this.tally::credit);
			return lines;
		}
		catch (Refusal refusal) {
			this.tally.skip(entry, refusal.reason, refusal.getMessage());
			return List.of();
		}
	}

	private List<BankCreditLine> lines(EntryFields entry, String statementId, String iban, boolean reversal) {
		if (!"CRDT".equals(entry.direction)) {
			throw new Refusal(SkipReason.DIRECTION_INVALID, "CdtDbtInd is " + entry.direction);
		}
		if (iban == null) {
			throw new Refusal(SkipReason.ACCOUNT_IBAN_MISSING, "statement " + statementId + " has no account IBAN");
		}
		BigDecimal total = euros(entry.amount, entry.currency, "entry");
		LocalDate booked = date(entry.bookingDate, "booking");
		LocalDate value = entry.valueDate == null ? null : date(entry.valueDate, "value");
		List<BigDecimal> amounts = transactionAmounts(entry, total);
		List<BankCreditLine> lines = new ArrayList<>(amounts.size());
		for (int i = 0; i < amounts.size(); i++) {
			EntryFields.Tx tx = entry.transactions.isEmpty() ? new EntryFields.Tx() : entry.transactions.get(i);
			String text = tx.unstructured.isEmpty() ? (amounts.size() == 1 ? entry.additionalInfo : null)
					: String.join(" ", tx.unstructured);
			String bankRef = tx.accountServicerReference != null ? tx.accountServicerReference
					: entry.accountServicerReference;
			String endToEnd = "NOTPROVIDED".equals(tx.endToEndId) ? null : tx.endToEndId;
			lines.add(new BankCreditLine(statementId, iban, entry.entryNumber, i + 1,
					this.tally.creditLines + lines.size() + 1L, entry.xmlLine, booked, value, amounts.get(i),
					entry.entryReference, bankRef, endToEnd, tx.debtorName, text, tx.creditorReference, reversal));
		}
		return lines;
	}

	/**
	 * One amount per transaction; an entry with one or no transaction falls back on the
	 * entry amount.
	 */
	private static List<BigDecimal> transactionAmounts(EntryFields entry, BigDecimal total) {
		List<EntryFields.Tx> txs = entry.transactions;
		if (txs.size() <= 1 && (txs.isEmpty() || txs.get(0).amount == null)) {
			checkDirection(txs);
			return List.of(total);
		}
		List<BigDecimal> amounts = new ArrayList<>(txs.size());
		BigDecimal sum = BigDecimal.ZERO;
		for (EntryFields.Tx tx : txs) {
			if (tx.amount == null) {
				throw new Refusal(SkipReason.BATCH_AMOUNTS_MISSING,
						txs.size() + " transactions, transaction " + (amounts.size() + 1) + " has no amount");
			}
			amounts.add(euros(tx.amount, tx.currency, "transaction " + (amounts.size() + 1)));
			sum = sum.add(amounts.get(amounts.size() - 1));
		}
		checkDirection(txs);
		if (sum.compareTo(total) != 0) {
			throw new Refusal(SkipReason.AMOUNTS_MISMATCH, "entry " + total + " EUR, transactions add up to " + sum);
		}
		return amounts;
	}

	private static void checkDirection(List<EntryFields.Tx> txs) {
		for (EntryFields.Tx tx : txs) {
			if (tx.direction != null && !"CRDT".equals(tx.direction)) {
				throw new Refusal(SkipReason.DIRECTION_INVALID, "a transaction is " + tx.direction + " in a credit");
			}
		}
	}

	private static BigDecimal euros(String text, String currency, String what) {
		if (!"EUR".equals(currency)) {
			throw new Refusal(SkipReason.CURRENCY_NOT_EUR, what + " amount " + text + " in "
					+ (currency == null ? "no currency" : currency) + ", only EUR is handled");
		}
		if (text == null || !DECIMAL.matcher(text).matches()) {
			throw new Refusal(SkipReason.AMOUNT_INVALID, what + " amount '" + text + "' is not a decimal");
		}
		BigDecimal amount = new BigDecimal(text);
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new Refusal(SkipReason.AMOUNT_INVALID, what + " amount " + text + " is not positive in cents");
		}
		return Amounts.exact(amount);
	}

	/**
	 * An ISO date, or the date part of an ISO date-time as the bank wrote it (no
	 * time-zone shift).
	 */
	private static LocalDate date(String text, String what) {
		if (text == null) {
			throw new Refusal(SkipReason.DATE_INVALID, "no " + what + " date");
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(SkipReason.DATE_INVALID, what + " date '" + text + "' is not an ISO date");
		}
	}

	/** Internal control flow only: one entry is refused, the file goes on. */
	private static final class Refusal extends RuntimeException {

		private final SkipReason reason;

		Refusal(SkipReason reason, String message) {
			super(message, null, false, false);
			this.reason = reason;
		}

	}

}
