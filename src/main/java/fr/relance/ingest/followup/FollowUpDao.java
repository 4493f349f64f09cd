package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Records the lines of a follow-up file; each statement is idempotent, so a file sent
 * again changes nothing.
 */
interface FollowUpDao {

	@SqlQuery("SELECT id FROM patient WHERE finess = :finess AND external_id = :patient")
	Optional<Long> patient(@Bind("finess") String finess, @Bind("patient") String patientId);

	@SqlUpdate("""
			INSERT INTO patient_contact (patient_id, contacted_on, channel, origin, refused_calls, source_file_id,
			    source_line)
			VALUES (:patient, :on, :channel, :origin, :refused, :file, :line)
			ON CONFLICT (patient_id, contacted_on, channel, origin, refused_calls) DO NOTHING
			""")
	int contact(@Bind("patient") long patient, @Bind("on") LocalDate on, @Bind("channel") String channel,
			@Bind("origin") String origin, @Bind("refused") boolean refusedCalls, @Bind("file") long file,
			@Bind("line") long line);

	/**
	 * A plan signed again under the same reference keeps its first terms: a correction is
	 * an end and a new plan.
	 */
	@SqlUpdate("""
			INSERT INTO payment_plan (patient_id, reference, signed_on, instalment, instalments, first_due,
			    period_months, source_file_id, source_line)
			VALUES (:patient, :reference, :on, :instalment, :count, :firstDue, :period, :file, :line)
			ON CONFLICT (patient_id, reference) DO NOTHING
			""")
	int signPlan(@Bind("patient") long patient, @Bind("reference") String reference, @Bind("on") LocalDate on,
			@Bind("instalment") BigDecimal instalment, @Bind("count") int count, @Bind("firstDue") LocalDate firstDue,
			@Bind("period") int periodMonths, @Bind("file") long file, @Bind("line") long line);

	/**
	 * Ends the named plan, or with no reference every plan of the patient running on that
	 * day.
	 */
	@SqlUpdate("""
			UPDATE payment_plan SET ended_on = :on
			WHERE patient_id = :patient AND signed_on <= :on AND (ended_on IS NULL OR ended_on > :on)
			  AND (CAST(:reference AS TEXT) IS NULL OR reference = :reference)
			""")
	int endPlan(@Bind("patient") long patient, @Bind("reference") String reference, @Bind("on") LocalDate on);

	@SqlQuery("SELECT count(*) FROM payment_plan WHERE patient_id = :patient AND reference = :reference")
	int plansNamed(@Bind("patient") long patient, @Bind("reference") String reference);

}
