package fr.relance.ingest.noemie;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.Retention;
import fr.relance.support.db.BinaryCopyWriter;
import fr.relance.support.db.BinaryRows;

/**
 * The lines of a remittance file on their way in: streamed by binary {@code COPY} into a
 * temporary table of the file's transaction (dropped at its end), then published
 * set-based by {@link RemittancePosting} once the whole file has been read and checked.
 * Used by the NOEMIE and mutuelle-statement importers. While it is open, no other
 * statement may run on the connection.
 */
public final class RemittanceStaging implements AutoCloseable {

	static final String TABLE = "remittance_stage";

	private static final List<String> COLUMNS = List.of("kind", "transfer_seq", "source_line", "source_item",
			"payer_part", "organisation", "invoice_number", "lot_number", "lot_date_raw", "claimed", "paid",
			"return_status", "discriminator", "code", "label", "level", "code_part", "debt_reference", "debt_date_raw",
			"debt_nature", "recovery_operation");

	private final BinaryCopyWriter rows;

	private long lines;

	private long codes;

	private RemittanceStaging(BinaryCopyWriter rows) {
		this.rows = rows;
	}

	/**
	 * Creates the staging table on the transaction's connection; the {@code COPY} starts
	 * with the first row.
	 */
	public static RemittanceStaging open(Connection connection) throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute("DROP TABLE IF EXISTS pg_temp." + TABLE);
			st.execute("CREATE TEMP TABLE " + TABLE + """
					(kind CHAR(1) NOT NULL, transfer_seq INTEGER NOT NULL, source_line INTEGER NOT NULL,
					source_item INTEGER NOT NULL, payer_part TEXT, organisation TEXT, invoice_number TEXT,
					lot_number TEXT, lot_date_raw TEXT, claimed NUMERIC(12, 2), paid NUMERIC(12, 2),
					return_status CHAR(1), discriminator TEXT, code TEXT, label TEXT, level TEXT, code_part TEXT,
					debt_reference TEXT, debt_date_raw TEXT, debt_nature TEXT, recovery_operation TEXT)
					ON COMMIT DROP""");
		}
		return new RemittanceStaging(BinaryCopyWriter.into(connection, TABLE, COLUMNS));
	}

	/** One payer part of one invoice return. */
	public void part(Part p) throws SQLException {
		BinaryRows row = rows.row()
			.text("I")
			.integer(p.transfer())
			.integer(p.sourceLine())
			.integer(p.sourceItem())
			.text(p.payerPart())
			.text(p.organisation())
			.text(p.invoiceNumber())
			.text(p.lotNumber())
			.text(p.lotDateRaw())
			.cents(p.claimedCents())
			.cents(p.paidCents())
			.text(p.status() == null ? null : p.status().toString())
			.text(p.discriminator());
		nulls(row, 8);
		lines++;
	}

	/** A retention on a transfer; its payer part is the remittance's payer. */
	public void retention(Retention r) throws SQLException {
		BinaryRows row = rows.row()
			.text("R")
			.integer(r.transfer())
			.integer(r.sourceLine())
			.integer(r.sourceItem())
			.text(null)
			.text(r.organisation());
		nulls(row, 3).cents((Long) null).cents(r.paidCents());
		nulls(row, 6).text(r.debtReference()).text(r.debtDateRaw()).text(r.debtNature()).text(r.recoveryOperation());
		lines++;
	}

	/**
	 * A reject or warning code of the part staged with the same source line, item and
	 * payer part.
	 */
	public void code(Code c) throws SQLException {
		BinaryRows row = rows.row()
			.text("C")
			.integer(0)
			.integer(c.sourceLine())
			.integer(c.sourceItem())
			.text(c.payerPart());
		nulls(row, 8).text(c.code()).text(c.label()).text(c.level()).text(c.part());
		nulls(row, 4);
		codes++;
	}

	/** Ends the {@code COPY} and gives the planner the table's statistics. */
	public void finish(Connection connection) throws SQLException {
		rows.finish();
		try (Statement st = connection.createStatement()) {
			st.execute("ANALYZE " + TABLE);
		}
	}

	public long lines() {
		return lines;
	}

	public long codes() {
		return codes;
	}

	@Override
	public void close() throws SQLException {
		rows.close();
	}

	private static BinaryRows nulls(BinaryRows row, int count) {
		for (int i = 0; i < count; i++) {
			row.nullField();
		}
		return row;
	}

	/**
	 * A payer part of an invoice return. {@code transfer} numbers the remittance in the
	 * file; {@code sourceItem} is the ordinal of the return in the file;
	 * {@code discriminator} (may be null) tells apart two returns with the same key in
	 * one file when the format allows it (statement rows).
	 */
	public record Part(int transfer, long sourceLine, int sourceItem, String payerPart, String organisation,
			String invoiceNumber, String lotNumber, String lotDateRaw, Long claimedCents, long paidCents,
			Character status, String discriminator) {
	}

	/** A retention: {@code paidCents} is negative when money is kept back. */
	public record Retention(int transfer, long sourceLine, int sourceItem, String organisation, long paidCents,
			String debtReference, String debtDateRaw, String debtNature, String recoveryOperation) {
	}

	/**
	 * A code as received, attached to the staged part with the same source line, item and
	 * payer part.
	 */
	public record Code(long sourceLine, int sourceItem, String payerPart, String code, String label, String level,
			String part) {
	}

}
