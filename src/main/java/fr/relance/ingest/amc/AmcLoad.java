package fr.relance.ingest.amc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import fr.relance.ingest.noemie.RemittanceStaging;
import fr.relance.ingest.noemie.StagedRemittance;
import fr.relance.intake.ReportedError;

/**
 * The rows of one statement on their way to the staging table, grouped into payments
 * (organisation, transfer reference, payment date) in order of first appearance; refused
 * rows are kept to be reported once the {@code COPY} is over (no other statement may run
 * during it).
 */
final class AmcLoad {

	private final Map<AmcRow.Transfer, Payment> payments = new LinkedHashMap<>();

	private final List<ReportedError> errors = new ArrayList<>();

	private int rows;

	void add(AmcRowReader reader, CSVRecord record, RemittanceStaging staging) throws SQLException {
		int item = ++rows;
		long line = record.getRecordNumber() + 1; // the header is line 1
		AmcRow row;
		try {
			row = reader.read(record, line);
		}
		catch (AmcRowReader.RowRefused refused) {
			errors.add(refused.error());
			return;
		}
		Payment payment = payments.computeIfAbsent(row.transfer(), t -> new Payment(payments.size() + 1, line));
		payment.netCents += row.paidCents();
		staging
			.part(new RemittanceStaging.Part(payment.number, line, item, "AMC", row.organisation(), row.invoiceNumber(),
					null, null, row.claimedCents(), row.paidCents(), row.status(), row.discriminator()));
		if (row.rejectCode() != null) {
			staging.code(new RemittanceStaging.Code(line, item, "AMC", row.rejectCode(), row.rejectLabel(), null, "C"));
		}
	}

	int rows() {
		return rows;
	}

	List<ReportedError> errors() {
		return errors;
	}

	List<StagedRemittance> remittances() {
		List<StagedRemittance> remittances = new ArrayList<>();
		payments.forEach((t, p) -> remittances.add(new StagedRemittance(p.number, p.firstLine, "AMC", t.organisation(),
				t.reference(), t.paymentDate(), p.netCents)));
		return remittances;
	}

	/** A payment of the statement. */
	private static final class Payment {

		final int number;

		final long firstLine;

		long netCents;

		Payment(int number, long firstLine) {
			this.number = number;
			this.firstLine = firstLine;
		}

	}

}
