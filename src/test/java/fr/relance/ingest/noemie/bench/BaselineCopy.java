package fr.relance.ingest.noemie.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.NoemieSamples;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.Reject;

/**
 * The yardstick of the import benchmark: a plain {@code COPY} of the rows the import
 * writes (same number of {@code remittance_line} and {@code remittance_code} rows, same
 * columns, same indexes and foreign keys), from text prepared in memory, in a transaction
 * that is rolled back.
 */
final class BaselineCopy {

	private final DataSource dataSource;

	private long lines;

	private long codes;

	BaselineCopy(ConfigurableApplicationContext context) {
		this.dataSource = context.getBean(DataSource.class);
	}

	/**
	 * Seconds to copy the rows of {@code invoices} returns (and their codes) and commit
	 * them; rolled back.
	 */
	double run(long sourceFileId, int invoices) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long remittance = firstRemittance(connection);
			long start = System.nanoTime();
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("""
						COPY remittance_line (remittance_id, line_kind, payer_part, invoice_number, lot_number, lot_date_raw,
						    claimed, paid, return_status, source_file_id, source_line, source_item, organisation, return_key)
						FROM STDIN""");
			StringBuilder text = new StringBuilder(1 << 20);
			lines = 0;
			int codeRows = 0;
			for (int n = 0; n < invoices; n++) {
				InvoiceReturn r = NoemieSamples.invoice(n % 999);
				line(text, remittance, "AMO", n, r.amo(), sourceFileId);
				if (r.amc() != null) {
					line(text, remittance, "AMC", n, r.amc(), sourceFileId);
				}
				codeRows += r.rejects().size();
				if (text.length() > 1 << 20) {
					send(copy, text);
				}
			}
			send(copy, text);
			copy.endCopy();
			codes = copyCodes(connection, codeRows);
			double seconds = (System.nanoTime() - start) / 1e9;
			connection.rollback();
			return seconds;
		}
	}

	long lines() {
		return lines;
	}

	long codes() {
		return codes;
	}

	private void line(StringBuilder text, long remittance, String payer, int n, Part part, long sourceFileId) {
		text.append(remittance)
			.append("\tinvoice_return\t")
			.append(payer)
			.append('\t')
			.append(String.format("%09d", n))
			.append("\t017\t250301\t")
			.append(java.math.BigDecimal.valueOf(part.claimedCents(), 2))
			.append('\t')
			.append(java.math.BigDecimal.valueOf(part.paidCents(), 2))
			.append('\t')
			.append(part.status().code())
			.append('\t')
			.append(sourceFileId)
			.append('\t')
			.append(n + 2)
			.append('\t')
			.append(n + 1)
			.append("\tCPAM999\t")
			.append(UUID.randomUUID())
			.append('\n');
		lines++;
	}

	private static long copyCodes(Connection connection, int rows) throws Exception {
		long line;
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT max(id) FROM remittance_line")) {
			rs.next();
			line = rs.getLong(1);
		}
		CopyIn copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY remittance_code (remittance_line_id, code, label, level, part) FROM STDIN");
		StringBuilder text = new StringBuilder(1 << 20);
		Reject reject = NoemieSamples.invoice(1).rejects().get(0);
		for (int i = 0; i < rows; i++) {
			text.append(line).append('\t').append(reject.code()).append('\t').append(reject.label()).append("\tF\tO\n");
			if (text.length() > 1 << 20) {
				send(copy, text);
			}
		}
		send(copy, text);
		return copy.endCopy();
	}

	private static long firstRemittance(Connection connection) throws Exception {
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT min(id) FROM remittance")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void send(CopyIn copy, StringBuilder text) throws Exception {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		text.setLength(0);
	}

}
