package fr.relance.reconcile.internal;

import java.util.List;

import org.jdbi.v3.core.Handle;

/** The patient payments still to match for an establishment: new ones and those waiting in suspense. */
public final class PaymentsToMatch {

	private PaymentsToMatch() {
	}

	public static List<UnmatchedPayment> of(Handle handle, String finess) {
		return handle.createQuery("""
				SELECT id, paid_on, amount, reference, invoice_number, payer_name, bad_check_reference
				FROM payment
				WHERE finess = :finess AND match_status IN ('unmatched', 'suspense')
				ORDER BY paid_on, id
				""").bind("finess", finess).map((rs, ctx) -> new UnmatchedPayment(rs.getLong(1),
						rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7))).list();
	}

	public static int refreshStatuses(Handle handle, String finess, java.time.LocalDate runDate) {
		return handle.createUpdate(SqlFiles.load("part_status_refresh.sql")).bind("finess", finess)
			.bind("runDate", runDate).execute();
	}

}
