package fr.relance.ingest.noemie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

import fr.relance.ingest.FileRefusedException;
import fr.relance.intake.ReportedError;
import fr.relance.intake.ReportCode;
import fr.relance.support.money.Amounts;

/**
 * Publishes a staged file set-based: its remittances, then every line in one
 * {@code INSERT ... SELECT}, then the codes. Each line carries its return key; the unique
 * index on it makes a second posting of the same return fail, which is turned into a
 * whole-file refusal ({@code DUPLICATE_REMITTANCE}) naming the returns already posted.
 * Lines stay {@code unmatched}: reconciliation matches them.
 */
public final class RemittancePosting {

	private static final String TRANSFERS = "remittance_transfer_stage";

	private RemittancePosting() {
	}

	/**
	 * Posts what was staged for the file; returns the number of lines and codes written.
	 */
	public static Posted post(Connection connection, String fileName, long sourceFileId, String finess,
			List<StagedRemittance> remittances) throws SQLException {
		insertRemittances(connection, sourceFileId, finess, remittances);
		Savepoint beforeLines = connection.setSavepoint();
		long lines;
		try (PreparedStatement st = connection.prepareStatement(PostingSql.INSERT_LINES)) {
			st.setLong(1, sourceFileId);
			lines = st.executeUpdate();
		}
		catch (SQLException e) {
			if (!"23505".equals(e.getSQLState())) {
				throw e;
			}
			connection.rollback(beforeLines);
			throw DuplicateReturns.refusal(connection, fileName);
		}
		connection.releaseSavepoint(beforeLines);
		try (PreparedStatement st = connection.prepareStatement(PostingSql.INSERT_CODES)) {
			st.setLong(1, sourceFileId);
			return new Posted(remittances.size(), lines, st.executeUpdate());
		}
	}

	private static void insertRemittances(Connection connection, long sourceFileId, String finess,
			List<StagedRemittance> remittances) throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute("DROP TABLE IF EXISTS pg_temp." + TRANSFERS);
			st.execute("CREATE TEMP TABLE " + TRANSFERS + """
					(seq INTEGER PRIMARY KEY, remittance_id BIGINT NOT NULL, finess TEXT NOT NULL, payer TEXT NOT NULL,
					organisation TEXT, reference TEXT, payment_date DATE) ON COMMIT DROP""");
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO remittance (finess, source_file_id, source_line, payer, organisation, transfer_reference,
				    payment_date, net_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
				PreparedStatement stage = connection.prepareStatement("INSERT INTO " + TRANSFERS
						+ " (seq, remittance_id, finess, payer, organisation, reference, payment_date)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (StagedRemittance r : remittances) {
				insert.setString(1, finess);
				insert.setLong(2, sourceFileId);
				insert.setLong(3, r.sourceLine());
				insert.setString(4, r.payer());
				insert.setString(5, r.organisation());
				insert.setString(6, r.transferReference());
				insert.setObject(7, r.paymentDate());
				insert.setBigDecimal(8, Amounts.ofCents(r.netCents()));
				long id;
				try (ResultSet rs = insert.executeQuery()) {
					rs.next();
					id = rs.getLong(1);
				}
				stage.setInt(1, r.transfer());
				stage.setLong(2, id);
				stage.setString(3, finess);
				stage.setString(4, r.payer());
				stage.setString(5, r.organisation());
				stage.setString(6, r.transferReference());
				stage.setObject(7, r.paymentDate());
				stage.addBatch();
			}
			stage.executeBatch();
		}
	}

	/** What one file posted. */
	public record Posted(long remittances, long lines, long codes) {
	}

	/**
	 * Builds the refusal of a file some of whose returns were already posted (or appear
	 * twice in it).
	 */
	static final class DuplicateReturns {

		private DuplicateReturns() {
		}

		static FileRefusedException refusal(Connection connection, String fileName) throws SQLException {
			List<ReportedError> examples = new java.util.ArrayList<>();
			long count = 0;
			for (String sql : List.of(PostingSql.ALREADY_POSTED, PostingSql.TWICE_IN_FILE)) {
				try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
					while (rs.next()) {
						count = Math.max(count, rs.getLong("total"));
						examples.add(new ReportedError(fileName, rs.getLong("source_line"), "facture",
								rs.getString("invoice_number") == null ? "" : rs.getString("invoice_number"),
								ReportCode.DUPLICATE_REMITTANCE, rs.getString("message")));
					}
				}
				if (!examples.isEmpty()) {
					break;
				}
			}
			return new FileRefusedException(NoemieRefusals.duplicateLines(count), examples);
		}

	}

}
